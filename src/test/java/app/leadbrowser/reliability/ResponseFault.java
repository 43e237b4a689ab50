package app.leadbrowser.reliability;

import app.leadbrowser.client.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okio.Buffer;

/** One bad answer, built from the sandbox's real answer where it needs one. */
enum ResponseFault {
    RATE_LIMITED_WITH_RETRY_AFTER,
    RATE_LIMITED_NO_HEADER,
    STATUS_500,
    STATUS_502_GATEWAY_PAGE,
    STATUS_503,
    STALL_PAST_TIMEOUT,
    CONNECTION_RESET,
    TRUNCATED_BODY,
    MALFORMED_JSON,
    WRONG_TYPES,
    HUGE_STRINGS,
    OVER_SIZE_CAP,
    BAD_IDS,
    PAGE_SIZE;

    /** Faults after which the client may still decode the body (tolerant reading); the rest always fail. */
    boolean mayDecode() {
        return this == WRONG_TYPES || this == HUGE_STRINGS || this == PAGE_SIZE;
    }

    boolean needsRealBody() {
        return this == TRUNCATED_BODY
                || this == MALFORMED_JSON
                || mayDecode()
                || this == OVER_SIZE_CAP
                || this == BAD_IDS;
    }

    static MockResponse ok(String body) {
        return new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    MockResponse response(String realBody, Random random) {
        switch (this) {
            case RATE_LIMITED_WITH_RETRY_AFTER:
                return error(429, "TooManyRequests")
                        .newBuilder()
                        .setHeader("Retry-After", Integer.toString(random.nextInt(4)))
                        .build();
            case RATE_LIMITED_NO_HEADER:
                return error(429, "TooManyRequests");
            case STATUS_500:
                return error(500, "Error500");
            case STATUS_502_GATEWAY_PAGE:
                return new MockResponse.Builder()
                        .code(502)
                        .setHeader("Content-Type", "text/html")
                        .body("<html><body><h1>502 Bad Gateway</h1></body></html>")
                        .build();
            case STATUS_503:
                return error(503, "ServiceUnavailable");
            case STALL_PAST_TIMEOUT:
                return new MockResponse.Builder()
                        .body("{}")
                        .headersDelay(FaultyProxy.READ_TIMEOUT.toMillis() * 3, TimeUnit.MILLISECONDS)
                        .build();
            case CONNECTION_RESET:
                return new MockResponse.Builder()
                        .onRequestStart(new SocketEffect.CloseSocket())
                        .build();
            case TRUNCATED_BODY:
                return truncated(realBody, random);
            case MALFORMED_JSON:
                return ok(
                        random.nextBoolean()
                                ? realBody.substring(0, 1 + random.nextInt(realBody.length() - 1))
                                : "{\"meta\": {\"status\": 200}, \"data\": " + "[".repeat(random.nextInt(3)) + "nope");
            case WRONG_TYPES:
                return ok(WrongTypes.mutate(realBody, random));
            case HUGE_STRINGS:
                return ok(WrongTypes.hugeString(realBody, random));
            case OVER_SIZE_CAP:
                return overCap(realBody, random);
            case BAD_IDS:
                return ok(Ids.breakOne(realBody, random));
            case PAGE_SIZE:
                return ok(Ids.resize(realBody, random));
            default:
                throw new AssertionError(this);
        }
    }

    private static MockResponse error(int status, String name) {
        return new MockResponse.Builder()
                .code(status)
                .setHeader("Content-Type", "application/json")
                .body("{\"meta\":{\"status\":" + status + ",\"error\":\"" + name
                        + "\",\"error_message\":\"scripted fault\"},\"data\":{}}")
                .build();
    }

    /** Announces the whole body, sends part of it, then closes the socket. */
    private static MockResponse truncated(String body, Random random) {
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int sent = 1 + random.nextInt(bytes.length - 1);
        return new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json")
                .body(new Buffer().write(bytes))
                .throttleBody(sent, 10, TimeUnit.MILLISECONDS)
                .onResponseBody(new SocketEffect.CloseSocket())
                .build();
    }

    /** The real body padded past the cap, with a Content-Length or chunked (so the cap is checked both ways). */
    private static MockResponse overCap(String body, Random random) {
        ObjectNode root = (ObjectNode) WrongTypes.parse(body);
        root.put("padding", "x".repeat((int) FaultyProxy.MAX_RESPONSE_BYTES + random.nextInt(64 * 1024)));
        String padded = root.toString();
        MockResponse.Builder response = new MockResponse.Builder().code(200);
        return (random.nextBoolean() ? response.body(padded) : response.chunkedBody(padded, 64 * 1024)).build();
    }

    /** Mutations of the leads' ids and of the number of leads on a page. */
    static final class Ids {
        private Ids() {}

        /** One lead's (or the card's) id null, missing, blank, of a wrong type, or another lead's. */
        static String breakOne(String body, Random random) {
            ObjectNode root = (ObjectNode) WrongTypes.parse(body);
            ObjectNode data = (ObjectNode) root.get("data");
            ArrayNode users = data.has("users") ? (ArrayNode) data.get("users") : null;
            ObjectNode lead =
                    users == null || users.isEmpty() ? data : (ObjectNode) users.get(random.nextInt(users.size()));
            List<Runnable> options = new ArrayList<>();
            options.add(() -> lead.putNull("id"));
            options.add(() -> lead.remove("id"));
            options.add(() -> lead.put("id", "  "));
            options.add(() -> lead.put("id", random.nextBoolean()));
            options.add(() -> lead.put("id", 12.5));
            options.add(() -> lead.putArray("id").add(1));
            options.add(() -> lead.putObject("id").put("id", "1"));
            options.add(() -> lead.put("id", "7\u001b[2J"));
            if (users != null && users.size() > 1) {
                options.add(() ->
                        lead.set("id", users.get(users.get(0) == lead ? 1 : 0).get("id")));
            }
            options.get(random.nextInt(options.size())).run();
            return root.toString();
        }

        /** A list page with fewer leads (some dropped) or more (copies under new ids) than were asked for. */
        static String resize(String body, Random random) {
            ObjectNode root = (ObjectNode) WrongTypes.parse(body);
            JsonNode users = root.path("data").path("users");
            if (!(users instanceof ArrayNode list) || list.isEmpty()) {
                return body;
            }
            if (random.nextBoolean()) {
                int keep = random.nextInt(list.size());
                while (list.size() > keep) {
                    list.remove(list.size() - 1);
                }
            } else {
                int extra = 1 + random.nextInt(60);
                for (int i = 0; i < extra; i++) {
                    ObjectNode copy =
                            (ObjectNode) list.get(random.nextInt(list.size())).deepCopy();
                    list.add(copy.put("id", "9" + (100_000_000L + i)));
                }
            }
            return root.toString();
        }
    }

    /** Mutations of real bodies: right JSON, wrong types. */
    static final class WrongTypes {
        private WrongTypes() {}

        static JsonNode parse(String body) {
            try {
                return Json.mapper().readTree(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the sandbox sent invalid JSON", e);
            }
        }

        /** A string where a number is expected, null where an object is, a number where a list is, and so on. */
        static String mutate(String body, Random random) {
            ObjectNode root = (ObjectNode) parse(body);
            ObjectNode data = (ObjectNode) root.get("data");
            List<Runnable> options = new ArrayList<>();
            options.add(() -> root.put("data", "not an object"));
            options.add(() -> root.putNull("data"));
            options.add(() -> ((ObjectNode) root.get("meta")).put("status", "two hundred"));
            if (data.has("users")) {
                options.add(() -> data.put("total", "lots"));
                options.add(() -> data.putNull("total"));
                options.add(() -> data.put("users", "none"));
                options.add(() -> data.putObject("users"));
                ArrayNode users = (ArrayNode) data.get("users");
                if (!users.isEmpty()) {
                    int i = random.nextInt(users.size());
                    ObjectNode user = (ObjectNode) users.get(i);
                    options.add(
                            () -> users.set(i, Json.mapper().getNodeFactory().nullNode()));
                    options.add(
                            () -> users.set(i, Json.mapper().getNodeFactory().textNode("a lead")));
                    options.add(() -> user.putNull("props"));
                    options.add(() -> user.put("props", 42));
                    options.add(() -> user.put("id", 123456789L));
                    options.add(() -> user.putObject("id").put("x", 1));
                    options.add(() -> user.put("presence", 7));
                    options.add(() -> user.put("presence", "teleporting"));
                    options.add(() -> propsOf(user).put("$last_seen", "not a date"));
                    options.add(() -> propsOf(user).put("$name", 12.5));
                    options.add(() -> propsOf(user).putArray("$email").add(1));
                    options.add(() -> propsOf(user).putNull("$name"));
                }
            } else {
                options.add(() -> data.put("events", "many"));
                options.add(() -> data.putArray("segments").add(1).addNull());
                options.add(() ->
                        data.putArray("notes").addObject().put("author", 5).put("created_at", "yesterday"));
                options.add(() -> data.put("timezone_offset", "east"));
                options.add(() -> data.put("tags", 5));
                options.add(() -> data.putArray("props"));
                options.add(() -> data.put("presence_details", "online"));
                options.add(() -> data.put("email_status", 3));
                options.add(() -> data.put("map_url", 7));
                options.add(() -> data.put("removed", 12));
                options.add(() -> data.putNull("props"));
                options.add(() -> data.put("id", true));
            }
            options.get(random.nextInt(options.size())).run();
            return root.toString();
        }

        /** One text field replaced by a string of 100–500 KB (under the size cap). */
        static String hugeString(String body, Random random) {
            ObjectNode root = (ObjectNode) parse(body);
            ObjectNode data = (ObjectNode) root.get("data");
            String huge = "Ж".repeat(50_000 + random.nextInt(200_000));
            ArrayNode users = data.has("users") ? (ArrayNode) data.get("users") : null;
            if (users != null && !users.isEmpty()) {
                propsOf((ObjectNode) users.get(random.nextInt(users.size()))).put("$name", huge);
            } else if (users == null) {
                data.withObject("/props").put(random.nextBoolean() ? "$name" : "$email", huge);
                data.putArray("tags").add(huge);
            } else {
                data.put("comment", huge);
            }
            return root.toString();
        }

        private static ObjectNode propsOf(ObjectNode user) {
            JsonNode props = user.get("props");
            return props instanceof ObjectNode object ? object : user.putObject("props");
        }
    }
}
