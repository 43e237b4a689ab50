package app.leadbrowser.client;

import app.leadbrowser.client.error.ValidationException;
import app.leadbrowser.client.filter.Conditions;
import app.leadbrowser.client.filter.Filter;
import app.leadbrowser.client.filter.FilterJson;
import app.leadbrowser.client.filter.Operator;
import app.leadbrowser.client.http.ApiCall;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.client.http.Transport;
import app.leadbrowser.client.model.Conversation;
import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.LeadEvent;
import app.leadbrowser.client.model.LeadSummary;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The Dashly web API, as Lead Browser uses it. Every method returns an {@link ApiCall} to run (blocking, on a
 * background thread) and cancel. The client always asks for ids as strings ({@code id_as_string=true}) and sends
 * the token only in the {@code Authorization} header.
 */
public final class DashlyClient implements AutoCloseable {

    /** The optional fields of the User object the lead card shows (only props is on by default). */
    static final List<String> CARD_FIELDS = List.of(
            "props",
            "props_custom",
            "props_events",
            "presence_details",
            "events",
            "segments",
            "notes",
            "tags",
            "email_status",
            "timezone_offset");

    private final Transport transport;

    public DashlyClient(ClientConfig config) {
        this.transport = new Transport(config);
    }

    public ClientConfig config() {
        return transport.config();
    }

    /**
     * One page of the leads list ({@code GET /apps/{app}/users}).
     *
     * @throws ValidationException at once, sending nothing, when the query breaks a rule of the API (limit
     *     1..50, offset ≥ 0, offset + limit ≤ 10,000)
     */
    public ApiCall<LeadPage> listLeads(LeadQuery query) throws ValidationException {
        List<String> broken = query.violations();
        if (!broken.isEmpty()) {
            throw ValidationException.notSent(broken);
        }
        HttpUrl.Builder url = transport
                .url("apps", config().appId(), "users")
                .addQueryParameter("sort_prop", query.sortProp())
                .addQueryParameter("sort_order", query.sortOrder().wireName())
                .addQueryParameter("offset", Integer.toString(query.offset()))
                .addQueryParameter("limit", Integer.toString(query.limit()))
                .addQueryParameter("convert_props_types", Boolean.toString(query.convertPropsTypes()))
                .addQueryParameter("id_as_string", "true");
        if (!query.filter().isEmpty()) {
            url.addQueryParameter("filters", FilterJson.write(query.filter()));
        }
        return transport.call(url.build(), envelope -> {
            JsonNode data = requireObject(envelope, "data");
            JsonNode users = data.path("users");
            List<LeadSummary> leads = readLeads(users);
            if (leads.size() > query.limit()) {
                throw new JsonMappingException(
                        null,
                        "the page holds " + leads.size() + " leads where at most " + query.limit() + " were asked");
            }
            return new LeadPage(data.path("total").asLong(0), leads, query);
        });
    }

    /** The full User object of one lead ({@code GET /users/{id}}) with every field the lead card shows. */
    public ApiCall<Lead> getLead(String leadId) {
        HttpUrl.Builder url = transport.url("users", requireId(leadId)).addQueryParameter("id_as_string", "true");
        CARD_FIELDS.forEach(field -> url.addQueryParameter(field, "true"));
        return transport.call(url.build(), envelope -> {
            JsonNode data = requireObject(envelope, "data");
            LeadIds.requireUsable(data.get("id"), "the lead");
            return mapper().treeToValue(data, Lead.class).withSource(data);
        });
    }

    /**
     * The Dashly id of the lead with this User ID, found through the leads list ({@code $user_id str_eq}). Never
     * uses {@code by_user_id=true}, which would create a lead when none has that User ID.
     */
    public ApiCall<Optional<String>> findLeadIdByUserId(String userId) throws ValidationException {
        if (userId == null || userId.isBlank()) {
            throw ValidationException.notSent(List.of("the User ID is empty"));
        }
        LeadQuery query = LeadQuery.defaults()
                .withFilter(Filter.and(Conditions.text("$user_id", Operator.STR_EQ, userId.strip())))
                .withLimit(1);
        return listLeads(query).map(page -> page.leads().stream().findFirst().map(LeadSummary::id));
    }

    /**
     * A lead's events, newest first ({@code GET /users/{id}/events}).
     *
     * @param beforeCursor null for the newest page, else the {@code nextCursor} of the previous page
     * @param count 1..50
     */
    public ApiCall<CursorPage<LeadEvent>> leadEvents(String leadId, String beforeCursor, int count)
            throws ValidationException {
        if (count < 1 || count > 50) {
            throw ValidationException.notSent(List.of("paginate_count must be between 1 and 50 (was " + count + ")"));
        }
        HttpUrl.Builder url = transport
                .url("users", requireId(leadId), "events")
                .addQueryParameter("paginate_count", Integer.toString(count))
                .addQueryParameter("id_as_string", "true");
        if (beforeCursor != null) {
            url.addQueryParameter("paginate_position", beforeCursor).addQueryParameter("paginate_direction", "before");
        }
        return transport.call(
                url.build(),
                envelope -> new CursorPage<>(
                        readList(envelope.path("data"), LeadEvent.class), cursor(envelope.path("meta"))));
    }

    /** A lead's conversations, most recently updated first ({@code GET /users/{id}/conversations}). */
    public ApiCall<CursorPage<Conversation>> conversations(String leadId, String beforeCursor) {
        HttpUrl.Builder url =
                transport.url("users", requireId(leadId), "conversations").addQueryParameter("id_as_string", "true");
        if (beforeCursor != null) {
            url.addQueryParameter("paginate_position", beforeCursor).addQueryParameter("paginate_direction", "before");
        }
        return transport.call(
                url.build(),
                envelope -> new CursorPage<>(
                        readList(envelope.path("data"), Conversation.class), cursor(envelope.path("meta"))));
    }

    /** The leads online now ({@code GET /apps/{app}/activeusers}). */
    public ApiCall<List<LeadSummary>> activeUsers() {
        HttpUrl url = transport
                .url("apps", config().appId(), "activeusers")
                .addQueryParameter("id_as_string", "true")
                .build();
        return transport.call(url, envelope -> readLeads(envelope.path("data")));
    }

    private static String cursor(JsonNode meta) {
        for (String name : List.of("next_before_position", "next_after")) {
            JsonNode node = meta.get(name);
            if (node != null && !node.isNull() && !(node.isArray() && node.isEmpty())) {
                return node.isTextual() ? node.asText() : node.toString();
            }
        }
        return null;
    }

    private static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("The lead id is empty");
        }
        return id.strip();
    }

    private static JsonNode requireObject(JsonNode envelope, String field) throws IOException {
        JsonNode node = envelope.get(field);
        if (node == null || !node.isObject()) {
            throw new JsonMappingException(null, "\"" + field + "\" is missing or not an object");
        }
        return node;
    }

    /** A list of leads, each with a usable id, none twice. */
    private static List<LeadSummary> readLeads(JsonNode array) throws IOException {
        LeadIds.requireUsableAndDistinct(array);
        return readList(array, LeadSummary.class);
    }

    private static <T> List<T> readList(JsonNode array, Class<T> type) throws IOException {
        if (!array.isArray()) {
            throw new JsonMappingException(null, "expected a list where the answer has " + kindOf(array));
        }
        List<T> items = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            if (!item.isObject()) { // a null item would map to null and break the page later, outside this check
                throw new JsonMappingException(null, "a list item is " + kindOf(item) + ", not an object");
            }
            items.add(mapper().treeToValue(item, type));
        }
        return items;
    }

    private static String kindOf(JsonNode node) {
        return node.isMissingNode() ? "nothing" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private static ObjectMapper mapper() {
        return Json.mapper();
    }

    @Override
    public void close() {
        transport.close();
    }
}
