package app.leadbrowser.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.Presence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new XlsxLeadWriter().write(List.of(a, b), out);

        Map<String, String> parts = unzip(out.toByteArray());
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
    void anEmptyExportIsAWorkbookWithTheHeaderOnly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxLeadWriter().write(List.of(), out);
        String sheet = unzip(out.toByteArray()).get("xl/worksheets/sheet1.xml");
        assertTrue(sheet.contains("r=\"1\""));
        assertFalse(sheet.contains("r=\"2\""));
        assertEquals(0, sheet.split("<f>", -1).length - 1);
    }

    /** Reads the parts through the zip's central directory, as Excel does (opczip streams without sizes). */
    static Map<String, String> unzip(byte[] xlsx) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        Files.write(file, xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Map<String, String> parts = new HashMap<>();
            for (ZipEntry entry : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            return parts;
        } finally {
            Files.delete(file);
        }
    }
}
