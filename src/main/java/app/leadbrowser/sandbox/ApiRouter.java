package app.leadbrowser.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Routes a request to its API method, after the checks every method shares, in this order: a known path
 * ({@code Error404}), GET or POST ({@code MethodNotAllowed}), the token ({@code NotAuthenticated}), our app id
 * ({@code PermissionDeniedError}, our choice for another app). Paths work with and without the {@code /v1} prefix.
 *
 * <p>The token is taken from the {@code Authorization: Token <t>} header when that header is sent, otherwise from
 * the {@code auth_token} parameter.
 */
final class ApiRouter {
    private final String appId;
    private final byte[] token;
    private final LeadsMethods leads;
    private final UserMethods users;

    ApiRouter(DemoWorkspace workspace, String appId, String token) {
        this.appId = appId;
        this.token = token.getBytes(StandardCharsets.UTF_8);
        this.leads = new LeadsMethods(workspace);
        this.users = new UserMethods(workspace);
    }

    Reply handle(ApiRequest request) {
        try {
            return route(request);
        } catch (ApiError e) {
            return Reply.error(e);
        } catch (RuntimeException e) {
            return Reply.error(ApiError.internal(e));
        }
    }

    private Reply route(ApiRequest request) throws ApiError {
        List<String> parts = segments(request.path());
        Method method = match(parts);
        if (method == null) {
            throw ApiError.noSuchPath(request.path());
        }
        if (!request.method().equals("GET") && !request.method().equals("POST")) {
            throw ApiError.methodNotAllowed(request.method());
        }
        checkToken(request);
        String id = parts.get(1);
        return switch (method) {
            case LIST_LEADS -> leads.list(checkApp(id, request));
            case ACTIVE_USERS -> leads.active(checkApp(id, request));
            case USER -> users.user(id, request);
            case USER_EVENTS -> users.events(id, request);
            case USER_CONVERSATIONS -> users.conversations(id, request);
        };
    }

    private enum Method {
        LIST_LEADS,
        ACTIVE_USERS,
        USER,
        USER_EVENTS,
        USER_CONVERSATIONS
    }

    private static Method match(List<String> parts) {
        if (parts.size() == 3 && parts.get(0).equals("apps")) {
            return switch (parts.get(2)) {
                case "users" -> Method.LIST_LEADS;
                case "activeusers" -> Method.ACTIVE_USERS;
                default -> null;
            };
        }
        if (parts.size() == 2 && parts.get(0).equals("users")) {
            return Method.USER;
        }
        if (parts.size() == 3 && parts.get(0).equals("users")) {
            return switch (parts.get(2)) {
                case "events" -> Method.USER_EVENTS;
                case "conversations" -> Method.USER_CONVERSATIONS;
                default -> null;
            };
        }
        return null;
    }

    /** The path's segments without empty ones and without a leading {@code v1}. */
    private static List<String> segments(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                parts.add(part);
            }
        }
        if (!parts.isEmpty() && parts.get(0).equals("v1")) {
            parts.remove(0);
        }
        return parts;
    }

    private void checkToken(ApiRequest request) throws ApiError {
        String given;
        if (request.authorization() != null) {
            String header = request.authorization().strip();
            if (!header.toLowerCase(Locale.ROOT).startsWith("token ")) {
                throw ApiError.notAuthenticated("The Authorization header must be \"Token <your token>\"");
            }
            given = header.substring("token ".length()).strip();
        } else {
            given = request.params().get("auth_token");
        }
        if (given == null || given.isBlank()) {
            throw ApiError.notAuthenticated(
                    "Authentication credentials were not provided: send the Authorization header or auth_token");
        }
        if (!MessageDigest.isEqual(token, given.strip().getBytes(StandardCharsets.UTF_8))) {
            throw ApiError.notAuthenticated("Invalid token: it is wrong or has expired");
        }
    }

    /** Passes the request on when it names our app. */
    private ApiRequest checkApp(String requested, ApiRequest request) throws ApiError {
        if (!requested.equals(appId)) {
            throw ApiError.permissionDenied("The token may not read app " + requested);
        }
        return request;
    }
}
