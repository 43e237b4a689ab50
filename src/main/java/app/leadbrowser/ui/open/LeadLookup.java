package app.leadbrowser.ui.open;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.error.NotFoundException;
import app.leadbrowser.client.http.ApiCall;
import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.LeadSummary;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Looking a lead up by what the user typed as its Dashly id: text of digits may name one (other text never does),
 * and Dashly's {@code LookupError} means that no lead has it, which is an answer, not a failure: the same digits may
 * still be a phone or a User ID.
 */
final class LeadLookup {
    /** Dashly ids are 64-bit unsigned integers. */
    private static final Pattern DASHLY_ID = Pattern.compile("\\d{1,20}");

    private LeadLookup() {}

    /** What was typed, without the spaces around it and a leading "#" (as ids are often written). */
    static String normalize(String typed) {
        String wanted = typed == null ? "" : typed.strip();
        return wanted.startsWith("#") ? wanted.substring(1).strip() : wanted;
    }

    /** Whether {@code text} can be a Dashly id. */
    static boolean isDashlyId(String text) {
        return DASHLY_ID.matcher(text).matches();
    }

    /** The call that fetches the lead whose Dashly id is {@code text}; empty when the text can be no id. */
    static Optional<ApiCall<Lead>> byId(DashlyClient client, String text) {
        return isDashlyId(text) ? Optional.of(client.getLead(text)) : Optional.empty();
    }

    /**
     * Sends {@code call} (on a background thread): the lead, or empty when no lead has the id.
     *
     * @throws ApiException any other failure, e.g. a 404 for a wrong base URL
     */
    static Optional<LeadSummary> found(ApiCall<Lead> call) throws ApiException {
        try {
            Lead lead = call.execute();
            return Optional.of(new LeadSummary(lead.id(), lead.presence(), lead.props()));
        } catch (NotFoundException e) {
            if (e.errorName().filter("LookupError"::equals).isPresent()) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
