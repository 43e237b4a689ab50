package app.leadbrowser.ui.common;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every user-visible text of the window, looked up by key in the current language (English or Russian).
 *
 * <p>A key's first segment names its bundle: {@code card.next} lives in {@code i18n/card.properties} (English)
 * and {@code i18n/card_ru.properties} (Russian) beside this package's resources, so each feature owns its own
 * files. Arguments use {@link MessageFormat} ({@code {0}}); counted nouns use {@link #plural} with the keys
 * {@code key.one}, {@code key.few}, {@code key.many}, {@code key.other} as the language needs them. A missing key
 * shows as {@code !key!} (and a test keeps that from shipping).
 */
public final class Texts {
    /** The languages the app is translated into; the first is the fallback. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"));

    static final String BUNDLE_FOLDER = "app/leadbrowser/ui/i18n/";
    private static final Logger LOG = LoggerFactory.getLogger(Texts.class);
    private static final ConcurrentMap<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    private static volatile Locale locale = supported(Locale.getDefault());

    private Texts() {}

    /** The language in use. */
    public static Locale locale() {
        return locale;
    }

    /** Uses {@code wanted}'s language from now on (English when it is not one of {@link #LANGUAGES}). */
    public static void use(Locale wanted) {
        locale = supported(wanted);
        BUNDLES.clear();
    }

    /** {@code wanted}'s language if the app has it, else English. */
    public static Locale supported(Locale wanted) {
        for (Locale language : LANGUAGES) {
            if (wanted != null && language.getLanguage().equals(wanted.getLanguage())) {
                return language;
            }
        }
        return LANGUAGES.get(0);
    }

    /** The text of {@code key}, with {@code args} put into its {@code {0}}, {@code {1}}… */
    public static String get(String key, Object... args) {
        String pattern = pattern(key);
        if (pattern == null) {
            return "!" + key + "!";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** Whether {@code key} has a text (for optional texts, e.g. a label per property). */
    public static boolean has(String key) {
        return pattern(key) != null;
    }

    /**
     * The counted form of {@code key} for {@code count}, e.g. {@code plural("time.days", 3)} → "3 days" / "3 дня";
     * {@code {0}} in the text is the count, further {@code args} are {@code {1}}…
     */
    public static String plural(String key, long count, Object... args) {
        String form = key + "." + PluralRule.of(locale).select(count);
        String chosen = has(form) ? form : key + ".other";
        Object[] all = new Object[args.length + 1];
        all[0] = count;
        System.arraycopy(args, 0, all, 1, args.length);
        return get(chosen, all);
    }

    /** A whole number as the language writes it: "12,000" in English, "12 000" in Russian. */
    public static String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    private static String pattern(String key) {
        int dot = key.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            ResourceBundle bundle = BUNDLES.computeIfAbsent(key.substring(0, dot), Texts::load);
            return bundle.containsKey(key) ? bundle.getString(key) : missing(key);
        } catch (MissingResourceException e) {
            return missing(key);
        }
    }

    private static ResourceBundle load(String name) {
        return ResourceBundle.getBundle(
                BUNDLE_FOLDER.replace('/', '.') + name,
                locale,
                Texts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String missing(String key) {
        LOG.warn("No text for key {} in {}", key, locale);
        return null;
    }
}
