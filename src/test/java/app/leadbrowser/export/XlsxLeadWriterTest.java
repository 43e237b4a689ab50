package app.leadbrowser.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.Presence;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The workbook as Excel reads it: the parts of the zip, checked as XML text. */
class XlsxLeadWriterTest {

    @Test
    void writesTheCsvColumnsWithTypedCellsAndNoFormulas() throws Exception {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("$name", "=HYPERLINK(\"http://x\")");
        props.put("$sessions", 3);
        props.put("$last_seen", "2024-05-06T07:08:09");
        props.put("vip", true);
        LeadSummary a = new LeadSummary("1448121617782670208", Presence.ONLINE, props);
        LeadSummary b = new LeadSummary("2", Presence.OFFLINE, Map.of("$phone", "+7 999 123-45-67"));
        Map<String, String> parts = XlsxParts.unzip(Written.xlsx(ColumnPlan.rawKeys(), List.of(a, b)));
        String sheet = parts.get("xl/worksheets/sheet1.xml");
        String texts = parts.getOrDefault("xl/sharedStrings.xml", "") + sheet;
        assertFalse(sheet.contains("<f>"), "no cell is a formula");
        for (String text : List.of(
                "id",
                "presence",
                "$last_seen",
                "$name",
                "$phone",
                "$sessions",
                "vip",
                "1448121617782670208",
                "online")) {
            assertTrue(texts.contains(">" + text + "<"), text + " is written as text");
        }
        assertTrue(texts.contains("=HYPERLINK(&quot;http://x&quot;)") || texts.contains("=HYPERLINK(\"http://x\")"));
        assertTrue(texts.contains(">+7 999 123-45-67<"), "a phone stays text, unquoted");
        assertTrue(sheet.contains("<v>3</v>"), "a number is a number cell");
        assertTrue(sheet.contains("t=\"b\""), "a boolean is a boolean cell");
        assertTrue(sheet.contains("<v>45418.297"), "the date is a date serial: " + sheet);
        assertTrue(parts.get("xl/styles.xml").contains("yyyy-mm-dd hh:mm:ss"));
        assertTrue(parts.get("xl/workbook.xml").contains("name=\"" + XlsxLeadWriter.SHEET + "\""));
    }

    @Test
    void aPhoneIsATextCellHoldingExactlyThePhoneWithoutTheCsvGuard() throws Exception {
        LeadSummary lead = new LeadSummary("1", Presence.ONLINE, Map.of("$phone", "+49 30 1234", "$name", "=1+1"));
        ColumnPlan plan = ColumnPlan.forPeople(
                List.of(new ColumnPlan.Labelled("$phone", "Phone"), new ColumnPlan.Labelled("$name", "Name")),
                ColumnPlanTest.WORDS);
        Map<String, String> parts = XlsxParts.unzip(Written.xlsx(plan, List.of(lead)));
        assertEquals("Phone", XlsxParts.textCell(parts, "A1"));
        assertEquals("+49 30 1234", XlsxParts.textCell(parts, "A2"));
        assertEquals("=1+1", XlsxParts.textCell(parts, "B2"));
        assertFalse(parts.get("xl/worksheets/sheet1.xml").contains("<f>"), "no cell is a formula");
    }

    @Test
    void anEmptyExportIsAWorkbookWithTheHeaderOnly() throws Exception {
        String sheet =
                XlsxParts.unzip(Written.xlsx(ColumnPlan.rawKeys(), List.of())).get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("r=\"1\""));
        assertFalse(sheet.contains("r=\"2\""));
        assertEquals(0, sheet.split("<f>", -1).length - 1);
    }
}
