package app.leadbrowser.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpreadsheetTextTest {

    /** Written as Java strings, not a CSV source: that would trim the tabs, CRs and spaces these cases are about. */
    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
                Arguments.of("+1+cmd", "'+1+cmd"),
                Arguments.of("-2+3", "'-2+3"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("Anna", "Anna"),
                Arguments.of("-5", "-5"),
                Arguments.of("-2.5e3", "-2.5e3"),
                Arguments.of("+7 999 123-45-67", "'+7 999 123-45-67"),
                Arguments.of("", ""),
                Arguments.of("   =1+1", "   '=1+1"),
                Arguments.of("\t=1+1", "\t'=1+1"),
                Arguments.of("\r=1+1", "\r'=1+1"),
                Arguments.of("x\n@cmd", "x\n'@cmd"),
                Arguments.of("x;=1+1", "x;'=1+1"),
                Arguments.of("x; =1+1", "x; '=1+1"),
                Arguments.of("x,=1+1", "x,'=1+1"),
                Arguments.of("x\t+1", "x\t'+1"),
                Arguments.of("a, b", "a, b"),
                Arguments.of("a-b=c", "a-b=c"),
                Arguments.of("'=already", "'=already"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cells")
    void neutralisesEveryPlaceASpreadsheetWouldStartAFormula(String text, String guarded) {
        assertEquals(guarded, SpreadsheetText.guard(text));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cells")
    void guardingTwiceChangesNothingMore(String text, String guarded) {
        assertEquals(guarded, SpreadsheetText.guard(guarded));
    }

    static Stream<Arguments> fields() {
        return Stream.of(
                Arguments.of("plain", "plain"),
                Arguments.of("", ""),
                Arguments.of("a,b", "\"a,b\""),
                Arguments.of("x;y", "\"x;y\""),
                Arguments.of("x\ty", "\"x\ty\""),
                Arguments.of("x\r\ny", "\"x\r\ny\""),
                Arguments.of("say \"hi\"", "\"say \"\"hi\"\"\""),
                Arguments.of(" lead", "\" lead\""),
                Arguments.of("lead ", "\"lead \""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("fields")
    void quotesWhatAnySpreadsheetWouldSplit(String field, String written) {
        assertEquals(written, SpreadsheetText.csvField(field));
    }
}
