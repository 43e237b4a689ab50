package app.leadbrowser.ui.card;

import app.leadbrowser.client.model.EmailStatus;
import app.leadbrowser.client.model.Presence;
import app.leadbrowser.ui.common.BrowserLinkOpener;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.TimeTexts;
import java.time.Instant;
import java.time.ZoneOffset;

/** The card's small translations from API values to words; one place to correct them. */
final class LeadCardTexts {
    private LeadCardTexts() {}

    static String emailStatus(EmailStatus status) {
        if (status == null || status.status() == null) {
            return Texts.get("card.emailStatus.none");
        }
        return switch (status.status()) {
            case "validation" -> Texts.get("card.emailStatus.validation");
            case "not_valid" -> Texts.get("card.emailStatus.notValid");
            case "not_confirmed" -> Texts.get("card.emailStatus.notConfirmed");
            case "confirmed" -> Texts.get("card.emailStatus.confirmed");
            case "bounced" -> Texts.get("card.emailStatus.bounced");
            case "spam" -> Texts.get("card.emailStatus.spam");
            case "unsubscribed" -> Texts.get("card.emailStatus.unsubscribed");
            case "black_list" -> Texts.get("card.emailStatus.blackList");
            default -> status.status();
        };
    }

    static String presence(Presence presence) {
        switch (presence) {
            case ONLINE:
                return Texts.get("common.presence.online");
            case IDLE:
                return Texts.get("common.presence.idle");
            case OFFLINE:
                return Texts.get("common.presence.offline");
            default:
                return Texts.get("common.presence.unknown");
        }
    }

    /** "UTC+03:00 · 14:05 local time", or "Time zone unknown" (in the language in use). */
    static String timezone(Integer offsetMinutes, Instant now) {
        if (offsetMinutes == null) {
            return Texts.get("card.timezone.unknown");
        }
        ZoneOffset offset = ZoneOffset.ofTotalSeconds(offsetMinutes * 60);
        String name = offset.equals(ZoneOffset.UTC) ? "UTC" : "UTC" + offset.getId();
        return Texts.get(
                "card.timezone",
                name,
                TimeTexts.formatter("time.pattern.timeOfDay").format(now.atOffset(offset)));
    }

    /** True only for the links the link opener opens (http and https), so the card offers no other. */
    static boolean isWebLink(String url) {
        return BrowserLinkOpener.isWebLink(url);
    }
}
