package app.leadbrowser.ui.shell;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.LeadQuery;
import app.leadbrowser.client.error.ApiException;
import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.settings.TokenStoreException;
import app.leadbrowser.settings.Workspace;
import app.leadbrowser.settings.WorkspaceService;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.UserMessages;
import app.leadbrowser.ui.common.WorkspaceNames;

/**
 * Opens a real workspace saved in the settings: its address and app id from the settings, its token from the
 * token store ({@link WorkspaceService#configFor}), then one list call (limit 1) so that a wrong token or an
 * unreachable server is reported where the window can offer Retry, rather than over an empty table.
 */
public final class SavedWorkspaceConnector implements WorkspaceConnector {
    private final WorkspaceService workspaces;

    public SavedWorkspaceConnector(WorkspaceService workspaces) {
        this.workspaces = workspaces;
    }

    /**
     * @throws WorkspaceUnavailableException when no usable token or address is saved (the message says what to do)
     * @throws ApiException when the workspace did not answer the check call
     */
    @Override
    public Connection connect(Workspace workspace) throws WorkspaceUnavailableException, ApiException {
        ClientConfig config;
        try {
            config = workspaces.configFor(workspace);
        } catch (IllegalStateException noToken) {
            throw new WorkspaceUnavailableException(Texts.get("shell.noToken", WorkspaceNames.of(workspace)));
        } catch (IllegalArgumentException | TokenStoreException e) {
            throw new WorkspaceUnavailableException(UserMessages.describe(e));
        }
        DashlyClient client = new DashlyClient(config);
        try {
            client.listLeads(LeadQuery.defaults().withLimit(1)).execute();
            return new Connection(workspace, client, null);
        } catch (ApiException | RuntimeException e) {
            client.close();
            throw e;
        }
    }
}
