package app.leadbrowser.ui.settings;

import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.settings.TokenText;
import app.leadbrowser.settings.Workspace;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.UserMessages;
import java.util.List;

/** What may be saved in the workspace editor's fields: each rule gives the problem to show, or "" when fine. */
final class WorkspaceFieldRules {
    private static final int MAX_NAME_LENGTH = 80;

    private WorkspaceFieldRules() {}

    /** A name is needed, short, and not another workspace's ({@code self} is the one edited, null when new). */
    static String nameProblem(String name, List<Workspace> workspaces, Workspace self) {
        String text = name.strip();
        if (text.isEmpty()) {
            return Texts.get("settings.name.empty");
        }
        if (text.length() > MAX_NAME_LENGTH) {
            return Texts.get("settings.name.tooLong");
        }
        boolean taken = workspaces.stream()
                .filter(w -> self == null || !w.id().equals(self.id()))
                .anyMatch(w -> w.name().equalsIgnoreCase(text));
        return taken ? Texts.get("settings.name.taken") : "";
    }

    static String appIdProblem(String appId) {
        String text = appId.strip();
        if (text.isEmpty()) {
            return Texts.get("settings.appId.empty");
        }
        return text.chars().allMatch(c -> c >= '0' && c <= '9') ? "" : Texts.get("settings.appId.notANumber");
    }

    /** A new workspace needs a token; a saved one keeps its own when the field stays empty. */
    static String tokenProblem(String token, boolean isNew) {
        return switch (TokenText.check(token)) {
            case EMPTY -> isNew ? Texts.get("settings.token.empty") : "";
            case SPACES -> Texts.get("settings.token.spaces");
            case NOT_HEADER_SAFE -> Texts.get("settings.token.characters");
            case NONE -> "";
        };
    }

    static String baseUrlProblem(String baseUrl) {
        try {
            ClientConfig.checkBaseUrl(baseUrl);
            return "";
        } catch (IllegalArgumentException e) {
            return UserMessages.describe(e);
        }
    }
}
