package app.leadbrowser.sandbox;

/**
 * Which optional fields of the User object a {@code GET /users/{id}} asks for. Only {@code props} is on by
 * default.
 */
record UserFields(
        boolean props,
        boolean propsCustom,
        boolean propsEvents,
        boolean presenceDetails,
        boolean events,
        boolean segments,
        boolean notes,
        boolean tags,
        boolean emailStatus,
        boolean timezoneOffset) {

    static final UserFields ALL = new UserFields(true, true, true, true, true, true, true, true, true, true);

    static UserFields from(ApiRequest request) throws ApiError {
        return new UserFields(
                request.flag("props", true),
                request.flag("props_custom", false),
                request.flag("props_events", false),
                request.flag("presence_details", false),
                request.flag("events", false),
                request.flag("segments", false),
                request.flag("notes", false),
                request.flag("tags", false),
                request.flag("email_status", false),
                request.flag("timezone_offset", false));
    }
}
