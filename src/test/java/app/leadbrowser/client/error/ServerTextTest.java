package app.leadbrowser.client.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ServerTextTest {
    private static final String ESC = "\u001b";

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of(null, ""),
                Arguments.of("plain text", "plain text"),
                Arguments.of("  padded\t", "padded"),
                Arguments.of("a" + ESC + "[2Jb", "ab"),
                Arguments.of("a" + ESC + "[38;5;196mb", "ab"),
                Arguments.of("a" + ESC + "[", "a"),
                Arguments.of("a" + ESC + "[12", "a"),
                Arguments.of("a" + ESC, "a"),
                Arguments.of("a" + ESC + "]0;title\u0007b", "ab"),
                Arguments.of("a" + ESC + "]0;title" + ESC + "\\b", "ab"),
                Arguments.of("a" + ESC + "]0;never ends", "a"),
                Arguments.of("a" + ESC + "7b", "ab"),
                Arguments.of("a" + ESC + "@b", "ab"),
                Arguments.of("a" + ESC + "[~b", "ab"),
                Arguments.of("a" + ESC + "[?25lb", "ab"),
                Arguments.of("line\r\nnext", "line  next"),
                Arguments.of("a\u2028b\u2029c", "a b c"),
                Arguments.of("a\u0000b\u007fc\u0085d", "abcd"),
                Arguments.of("a\u200bb\u202ec\ufeffd", "abcd"),
                Arguments.of("a\ue000b", "ab"),
                Arguments.of("ж😀", "ж😀"));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("texts")
    void dropsWhatATerminalOrAWindowWouldActOn(String text, String cleaned) {
        assertEquals(cleaned, ServerText.clean(text));
    }

    @ParameterizedTest(name = "{0} chars")
    @MethodSource("lengths")
    void cutsAtTheLimitWithAnEllipsis(int length, String cleaned) {
        assertEquals(cleaned, ServerText.clean("x".repeat(length), 5));
    }

    static Stream<Arguments> lengths() {
        return Stream.of(
                Arguments.of(4, "xxxx"),
                Arguments.of(5, "xxxxx"),
                Arguments.of(6, "xxxx…"),
                Arguments.of(100_000, "xxxx…"));
    }

    @ParameterizedTest(name = "[{index}]")
    @MethodSource("cuts")
    void neverCutsACharacterInTwoNorCountsWhatItDrops(String text, String cleaned) {
        assertEquals(cleaned, ServerText.clean(text, 5));
    }

    static Stream<Arguments> cuts() {
        return Stream.of(
                Arguments.of("xxx😀yy", "xxx…"),
                Arguments.of("xx\u200b\u200b\u200bxxx", "xxxxx"),
                Arguments.of("xxxxx" + ESC + "[0m", "xxxxx"),
                Arguments.of("xxxxx   ", "xxxxx"),
                Arguments.of("xxxxx\u200b", "xxxxx"));
    }

    @org.junit.jupiter.api.Test
    void theDefaultLimitIs200() {
        assertEquals(ServerText.MAX_LENGTH, ServerText.clean("y".repeat(1000)).length());
        assertEquals("y".repeat(200), ServerText.clean("y".repeat(200)));
    }
}
