package app.leadbrowser.sandbox;

import java.util.List;

/** Names made into the ASCII local parts of demo email addresses. */
final class AsciiWords {
    private AsciiWords() {}

    private static final String[][] CYRILLIC = {
        {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "e"}, {"ж", "zh"},
        {"з", "z"}, {"и", "i"}, {"й", "y"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"},
        {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "kh"}, {"ц", "ts"},
        {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", ""}, {"ы", "y"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"},
        {"я", "ya"}
    };

    /** Latin letters with marks, each group after the plain letter it becomes. */
    private static final List<String> MARKED = List.of(
            "aáàâäãåāăą",
            "cçćč",
            "dďđ",
            "eéèêëēėęě",
            "gğ",
            "iíìîïīįı",
            "lľł",
            "nńňñ",
            "oóòôöõøōő",
            "rř",
            "sśšş",
            "tť",
            "uúùûüūůűų",
            "yýÿ",
            "zźžż");

    /** A name as the ASCII local part of an email address: transliterated, marks dropped, lower case. */
    static String asciiWord(String word) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        for (char c : word.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                out.append(c);
            } else if (c >= 'а' && c <= 'я' || c == 'ё') {
                out.append(c == 'ё' ? "e" : CYRILLIC[c - 'а' + (c > 'е' ? 1 : 0)][1]);
            } else if (c == 'ß') {
                out.append("ss");
            } else {
                for (String group : MARKED) {
                    if (group.indexOf(c, 1) > 0) {
                        out.append(group.charAt(0));
                        break;
                    }
                }
            }
        }
        return out.toString();
    }
}
