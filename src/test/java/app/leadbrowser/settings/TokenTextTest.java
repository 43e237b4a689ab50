package app.leadbrowser.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.leadbrowser.settings.TokenText.Problem;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TokenTextTest {

    static Stream<Arguments> tokens() {
        return Stream.of(
                Arguments.of("a1b2c3d4e5f6-_.~+/=", Problem.NONE),
                Arguments.of("  a1b2c3  ", Problem.NONE),
                Arguments.of(null, Problem.EMPTY),
                Arguments.of(" \t ", Problem.EMPTY),
                Arguments.of("abc def", Problem.SPACES),
                Arguments.of("abc\u00a0def", Problem.NOT_HEADER_SAFE),
                Arguments.of("abc\u200bdef", Problem.NOT_HEADER_SAFE),
                Arguments.of("\ufeffabcdef", Problem.NOT_HEADER_SAFE),
                Arguments.of("abc\u0000def", Problem.NOT_HEADER_SAFE),
                Arguments.of("abc\u007fdef", Problem.NOT_HEADER_SAFE),
                Arguments.of("tökén", Problem.NOT_HEADER_SAFE));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("tokens")
    void aTokenIsVisibleAsciiWithoutSpaces(String token, Problem problem) {
        assertEquals(problem, TokenText.check(token));
    }
}
