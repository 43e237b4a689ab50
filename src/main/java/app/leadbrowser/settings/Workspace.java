package app.leadbrowser.settings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Objects;

/**
 * A Dashly workspace the app can browse: a real one (its token lives in the {@code TokenStore}, never here) or
 * the embedded demo sandbox ({@link #DEMO_ID}).
 */
public record Workspace(String id, String name, String appId, String baseUrl) {

    public static final String DEMO_ID = "demo";

    public Workspace {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** The embedded sandbox; its app id and address are known only once it runs. */
    public static Workspace demo() {
        return new Workspace(DEMO_ID, "Demo workspace", null, null);
    }

    @JsonIgnore
    public boolean isDemo() {
        return DEMO_ID.equals(id);
    }
}
