/**
 * The embedded Dashly-compatible sandbox: {@link app.leadbrowser.sandbox.SandboxServer} serves the documented read
 * methods of {@code ../shared/dashly-api.md} over a generated {@link app.leadbrowser.sandbox.DemoWorkspace} on
 * 127.0.0.1. It is the app's default workspace and the server every test and benchmark talks to. No JavaFX here.
 *
 * <h2>Methods</h2>
 * {@code GET|POST /apps/{app}/users}, {@code /apps/{app}/activeusers}, {@code /users/{id}},
 * {@code /users/{id}/events}, {@code /users/{id}/conversations}, each also under {@code /v1}. Parameters come from
 * the query string and from an {@code application/x-www-form-urlencoded} body alike (UTF-8; the first value of a
 * repeated name wins).
 *
 * <h2>Our choices where the docs are silent (keep the client consistent with them)</h2>
 * <ul>
 *   <li>Checks run in this order: known path ({@code Error404} 404), GET or POST ({@code MethodNotAllowed} 405,
 *       with {@code Allow: GET, POST}), token ({@code NotAuthenticated} 401), then, for {@code /apps/{app}/…}, our
 *       app id: another app's id is {@code PermissionDeniedError} 403.
 *   <li>The token: the {@code Authorization: Token <t>} header decides when it is sent (another scheme is refused);
 *       otherwise the {@code auth_token} parameter. The request log redacts {@code auth_token}.
 *   <li>Leads list: {@code limit}, {@code offset}, the {@code offset + limit ≤ 10,000} cap and {@code sort_order}
 *       are {@code ValidationError} with {@code error_fields} {@code {"field": "message"}} (the cap names
 *       {@code offset}); an unreadable {@code filters} (bad JSON, unknown condition type, wrong value shape, nested
 *       group, a relative date too far back to compute) is {@code BadRequest}. An empty {@code filters} means
 *       all leads. Filters are read by the client's
 *       {@code FilterJson} (all its lenient forms) and evaluated by its {@code FilterEvaluator} at the server's
 *       clock.
 *   <li>Sorting: numbers by value, booleans false first, dates by time, other values by lower-case text; leads
 *       without the prop last in both directions; ties by id in the sort direction.
 *   <li>The list's {@code props} hold system props, event stats ({@code $event_N_first|last|count}) and custom
 *       props: the same map the filters test, so a row shows why it matched.
 *   <li>{@code convert_props_types=false}: every prop value is a string; a list prop is its JSON text.
 *   <li>Unknown lead id (also a non-numeric one) is {@code LookupError} 400. {@code by_user_id=true} with an
 *       unknown User ID creates a lead holding only {@code $user_id}, as Dashly does.
 *   <li>Events and conversations: newest first (conversations by last update); {@code paginate_position} is a
 *       JSON array with the last id seen, {@code paginate_direction} only {@code before}, {@code paginate_count}
 *       1..50 (default 20); {@code meta.next_before_position} is {@code [id]} of the page's last item, or null
 *       at the end. Violations are {@code ValidationError}.
 *   <li>activeusers: the online and idle leads, each {@code {id, presence, props}} like the list.
 *   <li>Removed (merged or GDPR-deleted) leads keep their props and stay in the list; their User object has
 *       {@code removed} set.
 *   <li>A bug in the sandbox answers {@code Error500} 500 (never a dropped connection).
 *   <li>Filter matches are cached per workspace state, sort and filter; for relative-date filters only until the
 *       first moment some lead's answer flips (its date plus the condition's span), so answers equal a fresh
 *       evaluation at every instant.
 *   <li>The demo data is generated from the seed relative to the server's start (to the second), so the online and
 *       idle leads were seen minutes before it at any hour; the same seed and start give the same data. Lead ids
 *       start above 2^53 (like the docs' sample).
 *   <li>"Now" is the server's {@link app.leadbrowser.sandbox.SandboxClock} (the system's unless a test gives one);
 *       tests advance it and {@linkplain app.leadbrowser.sandbox.SandboxServer#touch touch} leads between requests.
 *   <li>Only requests whose {@code Host} is 127.0.0.1 or localhost (any port) are answered; others get
 *       {@code PermissionDeniedError} 403.
 * </ul>
 */
package app.leadbrowser.sandbox;
