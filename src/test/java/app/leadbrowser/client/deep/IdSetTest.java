package app.leadbrowser.client.deep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cursor's set of ids given: the same answers as a set of strings, for every kind of id. */
class IdSetTest {

    @Test
    void answersAsASetOfStringsWouldForManyIdsOfEveryKind() {
        IdSet ids = new IdSet();
        Set<String> strings = new HashSet<>();
        Random random = new Random(19);
        for (int i = 0; i < 200_000; i++) {
            String id =
                    switch (random.nextInt(6)) {
                        case 0 -> Long.toUnsignedString(random.nextLong()); // the whole unsigned 64-bit range
                        case 1 -> "0" + random.nextInt(1_000); // a leading zero: kept as text
                        case 2 -> "lead-" + random.nextInt(1_000);
                        case 3 -> "1" + Long.toUnsignedString(-1L); // beyond 64 bits
                        default -> String.valueOf(random.nextInt(150_000)); // repeats, 0 among them
                    };
            assertEquals(strings.add(id), ids.add(id), id);
        }
    }

    @Test
    void zeroAndTheLargestIdAreIdsLikeAnyOther() {
        IdSet ids = new IdSet();
        assertTrue(ids.add("0"));
        assertFalse(ids.add("0"));
        assertTrue(ids.add("18446744073709551615"));
        assertFalse(ids.add("18446744073709551615"));
        assertTrue(ids.add("00"), "another text than 0");
        assertTrue(ids.add(""));
        assertFalse(ids.add(""));
    }
}
