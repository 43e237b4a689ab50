package app.leadbrowser.ui.card;

import app.leadbrowser.client.model.EmailStatus;
import app.leadbrowser.client.model.Presence;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The card's small translations from API values to words; one place to correct them. */
final class LeadCardTexts {
    private LeadCardTexts() {}

    private static final Map<String, String> EMAIL_STATUSES = Map.of(
            "validation", "Being validated",
            "not_valid", "Not valid",
            "not_confirmed", "Not confirmed",
            "confirmed", "Confirmed (receives email)",
            "bounced", "Bounced",
            "spam", "Marked as spam",
            "unsubscribed", "Unsubscribed",
            "black_list", "Blacklisted");

    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    static String emailStatus(EmailStatus status) {
        if (status == null || status.status() == null) {
            return "No email status";
        }
        return EMAIL_STATUSES.getOrDefault(status.status(), status.status());
    }

    static String presence(Presence presence) {
        switch (presence) {
            case ONLINE:
                return "Online";
            case IDLE:
                return "Idle";
            case OFFLINE:
                return "Offline";
            default:
                return "Presence unknown";
        }
    }

    /** "UTC+03:00 · 14:05 local time", or "Time zone unknown". */
    static String timezone(Integer offsetMinutes, Instant now) {
        if (offsetMinutes == null) {
            return "Time zone unknown";
        }
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
        String name = offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        return name + " · " + LOCAL_TIME.format(now.atOffset(offset)) + " local time";
    }

    /** True only for http and https links: nothing else is handed to the system browser. */
    static boolean isWebLink(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
