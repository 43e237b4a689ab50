package app.leadbrowser.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** A workbook's parts as Excel reads them, for tests: the zip's entries as XML text, and a text cell's value. */
public final class XlsxParts {
    private XlsxParts() {}

    /** Reads the parts through the zip's central directory, as Excel does (opczip streams without sizes). */
    public static Map<String, String> unzip(byte[] xlsx) throws IOException {
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

    /**
     * The text of a shared-string cell ({@code t="s"}: a typed text cell, which Excel shows and never evaluates);
     * fails when the cell is of another type.
     */
    public static String textCell(Map<String, String> parts, String ref) {
        Matcher cell =
                Pattern.compile("<c r=\"" + ref + "\"([^>]*)>(.*?)</c>").matcher(parts.get("xl/worksheets/sheet1.xml"));
        assertTrue(cell.find(), ref + " is written");
        assertTrue(cell.group(1).contains("t=\"s\""), ref + " is a shared-string cell: " + cell.group());
        Matcher index = Pattern.compile("<v>(\\d+)</v>").matcher(cell.group(2));
        assertTrue(index.find(), cell.group());
        List<String> strings = new ArrayList<>();
        Matcher item = Pattern.compile("<si><t[^>]*>(.*?)</t></si>").matcher(parts.get("xl/sharedStrings.xml"));
        while (item.find()) {
            strings.add(item.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
        return strings.get(Integer.parseInt(index.group(1)));
    }
}
