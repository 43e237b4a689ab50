package app.leadbrowser.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.Presence;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvLeadWriterTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            textBlock =
                    """
        =HYPERLINK("http://x")  | '=HYPERLINK("http://x")
        +1+cmd                  | '+1+cmd
        -2+3                    | '-2+3
        @SUM(A1)                | '@SUM(A1)
        Anna                    | Anna
        -5                      | -5
        +7 999 123-45-67        | '+7 999 123-45-67
        """)
    void neutralisesWhatASpreadsheetWouldRunAsAFormula(String text, String cell) {
        assertEquals(cell, CsvLeadWriter.cell(text));
    }

    @Test
    void writesIdPresenceThenEveryPropSortedWithQuoting() throws Exception {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("$name", "Smith, \"Jo\"");
        first.put("$sessions", 3);
        LeadSummary a = new LeadSummary("1", Presence.ONLINE, first);
        LeadSummary b = new LeadSummary("2", Presence.OFFLINE, Map.of("tags", List.of("a", "b"), "$email", "=cmd"));
        StringWriter out = new StringWriter();
        new CsvLeadWriter().write(List.of(a, b), out);
        assertEquals(
                "id,presence,$email,$name,$sessions,tags\r\n"
                        + "1,online,,\"Smith, \"\"Jo\"\"\",3,\r\n"
                        + "2,offline,'=cmd,,,\"a, b\"\r\n",
                out.toString());
    }
}
