package app.leadbrowser.ui.settings;

import app.leadbrowser.client.http.ClientConfig;
import app.leadbrowser.settings.Workspace;
import app.leadbrowser.settings.WorkspaceService;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.UserMessages;
import app.leadbrowser.ui.common.WorkspaceNames;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The workspace dialog's state and commands: the list of workspaces (the demo one first, never editable) and an
 * editor for one real workspace, new or saved. Every field is validated as it changes; an error message per
 * field is empty when the field is fine, and {@link #canSaveProperty()} is true only when all are. Token-store
 * and network work runs through the {@link TaskRunner}.
 */
public final class WorkspaceDialogViewModel {

    /** What the editor shows. */
    public enum Mode {
        /** Nothing selected: the editor is empty and disabled. */
        NONE,
        /** The demo workspace: shown, not editable. */
        DEMO,
        /** A workspace being added. */
        NEW,
        /** A saved real workspace being edited. */
        EDIT
    }

    /** How the last "Test connection" went. */
    public enum TestState {
        NONE,
        RUNNING,
        SUCCEEDED,
        FAILED
    }

    private final WorkspaceService service;
    private final TaskRunner runner;

    private final ObservableList<Workspace> workspaces = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Workspace> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.NONE);

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty appId = new SimpleStringProperty("");
    private final StringProperty token = new SimpleStringProperty("");
    private final StringProperty baseUrl = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper appIdError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tokenError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper baseUrlError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper tokenPrompt = new ReadOnlyStringWrapper("");

    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSave = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canTest = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRemove = new ReadOnlyBooleanWrapper();
    private final PendingQuestion removal = new PendingQuestion();
    private final PendingQuestion discard = new PendingQuestion();
    private final PendingQuestion untestedSave = new PendingQuestion();
    private final ReadOnlyStringWrapper discardQuestion = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    private final ConnectionTest test;

    private final String tokenLocation;
    private final boolean tokenInFile;

    private boolean loading;
    private List<String> loadedFields = List.of();

    public WorkspaceDialogViewModel(WorkspaceService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
        this.test = new ConnectionTest(runner, this::updateCommands);
        test.stateProperty().addListener((obs, old, now) -> {
            if (now != TestState.FAILED) {
                untestedSave.dismiss(); // the failure it was about is gone
            }
        });
        this.tokenLocation = service.tokenStore()
                .tokenFile()
                .map(file -> Texts.get("settings.token.file", file.toString()))
                .orElseGet(() -> Texts.get("settings.token.keychain"));
        this.tokenInFile = service.tokenStore().isFileFallback();
        name.addListener((obs, old, now) -> fieldChanged(false));
        appId.addListener((obs, old, now) -> fieldChanged(true));
        token.addListener((obs, old, now) -> fieldChanged(true));
        baseUrl.addListener((obs, old, now) -> fieldChanged(true));
        workspaces.setAll(service.list());
        show(null);
    }

    // ---- commands

    /**
     * Shows {@code workspace} in the editor (null: none). A test in flight is cancelled. With unsaved changes in the
     * editor it asks first ({@link #confirmingDiscardProperty()}).
     */
    public void select(Workspace workspace) {
        leaveEditor(() -> show(workspace));
    }

    /** Opens an empty editor for a new workspace, with the default base URL; asks first as {@link #select} does. */
    public void newWorkspace() {
        leaveEditor(() -> {
            show(null);
            load(Mode.NEW, "", "", ClientConfig.DEFAULT_BASE_URL);
        });
    }

    /** Runs {@code close} (the dialog closes), after asking when the editor has unsaved changes. */
    public void requestClose(Runnable close) {
        leaveEditor(close);
    }

    /** Drops the editor's changes and does what was asked (another workspace, a new one, closing). */
    public void confirmDiscard() {
        discard.confirm();
    }

    /** Keeps editing: nothing changes. */
    public void cancelDiscard() {
        discard.dismiss();
    }

    /** True when the editor holds a new workspace or edits of a saved one that are not saved. */
    public boolean hasUnsavedChanges() {
        return editable.get() && !currentFields().equals(loadedFields);
    }

    /**
     * Saves the workspace in the editor: the token to the token store (an empty token field keeps a saved
     * workspace's token), the rest to the settings. Does nothing while {@link #canSaveProperty()} is false. When
     * *Test connection* has just failed for these values, it asks first ({@link #confirmingUntestedSaveProperty()}).
     */
    public void save() {
        if (!canSave.get()) {
            return;
        }
        if (test.stateProperty().get() == TestState.FAILED) {
            untestedSave.ask(this::saveNow);
        } else {
            saveNow();
        }
    }

    /** Saves after all, although the connection test failed. */
    public void confirmUntestedSave() {
        untestedSave.confirm();
    }

    /** Keeps editing: nothing is saved. */
    public void cancelUntestedSave() {
        untestedSave.dismiss();
    }

    private void saveNow() {
        Mode saving = mode.get();
        Workspace edited = selected.get();
        String newName = name.get().strip();
        String newAppId = appId.get().strip();
        String newBaseUrl = ClientConfig.checkBaseUrl(baseUrl.get());
        String newToken = token.get().isBlank() ? null : token.get().strip();
        setBusy(true);
        runner.run(
                () -> saving == Mode.NEW
                        ? service.add(newName, newAppId, newBaseUrl, newToken)
                        : service.update(new Workspace(edited.id(), newName, newAppId, newBaseUrl), newToken),
                saved -> {
                    setBusy(false);
                    reloadList();
                    show(saved);
                    message.set(Texts.get("settings.saved"));
                },
                failure -> {
                    setBusy(false);
                    message.set(Texts.get("settings.notSaved", describe(failure)));
                });
    }

    /** Asks to remove the selected real workspace; {@link #confirmRemove()} or {@link #cancelRemove()} follows. */
    public void requestRemove() {
        if (canRemove.get()) {
            removal.ask(this::removeSelected);
        }
    }

    /** Removes the selected workspace and its token, after {@link #requestRemove()}. */
    public void confirmRemove() {
        removal.confirm();
    }

    private void removeSelected() {
        Workspace removing = selected.get();
        setBusy(true);
        runner.run(
                () -> {
                    service.remove(removing.id());
                    return removing;
                },
                removed -> {
                    setBusy(false);
                    reloadList();
                    show(null);
                    message.set(Texts.get("settings.removed", removed.name()));
                },
                failure -> {
                    setBusy(false);
                    reloadList();
                    message.set(Texts.get("settings.notRemoved", describe(failure)));
                });
    }

    /** Keeps the workspace after all. */
    public void cancelRemove() {
        removal.dismiss();
    }

    /**
     * Makes one list call (limit 1) with the editor's values and reports the total of leads or the API's error
     * message. With an empty token field, a saved workspace's stored token is used.
     */
    public void testConnection() {
        if (!canTest.get()) {
            return;
        }
        String typed = token.get();
        Workspace edited = selected.get();
        test.start(baseUrl.get(), appId.get(), () -> typed.isBlank() ? storedToken(edited) : typed);
    }

    /** Stops a running connection test; its result is dropped. */
    public void cancelTest() {
        test.cancel();
    }

    /** Call when the dialog closes: nothing may keep running for it. */
    public void close() {
        cancelTest();
    }

    // ---- properties

    /** The demo workspace first, then the real ones. */
    public ObservableList<Workspace> workspaces() {
        return FXCollections.unmodifiableObservableList(workspaces);
    }

    public ReadOnlyObjectProperty<Workspace> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public Mode getMode() {
        return mode.get();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty appIdProperty() {
        return appId;
    }

    public StringProperty tokenProperty() {
        return token;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    /** Why the name cannot be saved; empty when it can. */
    public ReadOnlyStringProperty nameErrorProperty() {
        return nameError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty appIdErrorProperty() {
        return appIdError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tokenErrorProperty() {
        return tokenError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty baseUrlErrorProperty() {
        return baseUrlError.getReadOnlyProperty();
    }

    /** The token field's hint: a saved workspace's token is kept when the field stays empty. */
    public ReadOnlyStringProperty tokenPromptProperty() {
        return tokenPrompt.getReadOnlyProperty();
    }

    /** True when the editor holds a new or saved real workspace. */
    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSaveProperty() {
        return canSave.getReadOnlyProperty();
    }

    public boolean canSave() {
        return canSave.get();
    }

    public ReadOnlyBooleanProperty canTestProperty() {
        return canTest.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRemoveProperty() {
        return canRemove.getReadOnlyProperty();
    }

    /** True between {@link #requestRemove()} and the answer. */
    public ReadOnlyBooleanProperty confirmingRemoveProperty() {
        return removal.askingProperty();
    }

    /** True while the editor asks whether to drop its unsaved changes. */
    public ReadOnlyBooleanProperty confirmingDiscardProperty() {
        return discard.askingProperty();
    }

    /** True while the editor asks whether to save values whose connection test just failed. */
    public ReadOnlyBooleanProperty confirmingUntestedSaveProperty() {
        return untestedSave.askingProperty();
    }

    /** "Discard your changes to "Shop"?" or "Discard the new workspace?", while {@link #confirmingDiscardProperty()}. */
    public ReadOnlyStringProperty discardQuestionProperty() {
        return discardQuestion.getReadOnlyProperty();
    }

    /** True while a save or removal runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The outcome of the last save or removal ("Saved", "Not saved: …"); empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TestState> testStateProperty() {
        return test.stateProperty();
    }

    /** "Connected: 12,000 leads", the API's error message, or empty. */
    public ReadOnlyStringProperty testResultProperty() {
        return test.resultProperty();
    }

    /** Where tokens are kept, one sentence (from the token store). */
    public String tokenLocation() {
        return tokenLocation;
    }

    /** True when tokens go to the fallback file: the dialog shows a visible note. */
    public boolean isTokenInFile() {
        return tokenInFile;
    }

    // ---- internals

    private void leaveEditor(Runnable then) {
        if (!hasUnsavedChanges()) {
            then.run();
            return;
        }
        discardQuestion.set(
                mode.get() == Mode.NEW
                        ? Texts.get("settings.discard.new")
                        : Texts.get("settings.discard.edits", selected.get().name()));
        discard.ask(then);
    }

    private void show(Workspace workspace) {
        cancelTest();
        cancelDiscard();
        removal.dismiss();
        message.set("");
        selected.set(workspace);
        if (workspace == null) {
            load(Mode.NONE, "", "", "");
        } else if (workspace.isDemo()) {
            load(Mode.DEMO, WorkspaceNames.of(workspace), "", "");
        } else {
            load(Mode.EDIT, workspace.name(), workspace.appId(), workspace.baseUrl());
        }
    }

    private List<String> currentFields() {
        return List.of(name.get(), appId.get(), token.get(), baseUrl.get());
    }

    private void load(Mode newMode, String newName, String newAppId, String newBaseUrl) {
        loading = true;
        mode.set(newMode);
        name.set(newName);
        appId.set(newAppId);
        token.set("");
        baseUrl.set(newBaseUrl);
        loading = false;
        loadedFields = currentFields();
        editable.set(newMode == Mode.NEW || newMode == Mode.EDIT);
        tokenPrompt.set(newMode == Mode.EDIT ? Texts.get("settings.token.keep") : "");
        validate();
    }

    private void fieldChanged(boolean connectionField) {
        if (loading) {
            return;
        }
        message.set("");
        if (connectionField) {
            cancelTest(); // a result for other values would mislead
        }
        validate();
    }

    private void validate() {
        boolean open = editable.get();
        nameError.set(open ? WorkspaceFieldRules.nameProblem(name.get(), workspaces, selected.get()) : "");
        appIdError.set(open ? WorkspaceFieldRules.appIdProblem(appId.get()) : "");
        tokenError.set(open ? WorkspaceFieldRules.tokenProblem(token.get(), mode.get() == Mode.NEW) : "");
        baseUrlError.set(open ? WorkspaceFieldRules.baseUrlProblem(baseUrl.get()) : "");
        updateCommands();
    }

    private void updateCommands() {
        boolean open = editable.get() && !busy.get();
        boolean connectionOk = appIdError.get().isEmpty()
                && tokenError.get().isEmpty()
                && baseUrlError.get().isEmpty();
        canSave.set(open && connectionOk && nameError.get().isEmpty());
        canTest.set(open && connectionOk && test.stateProperty().get() != TestState.RUNNING);
        canRemove.set(mode.get() == Mode.EDIT && !busy.get());
    }

    private void setBusy(boolean value) {
        busy.set(value);
        updateCommands();
    }

    private void reloadList() {
        List<Workspace> all = service.list();
        workspaces.setAll(all);
    }

    private String storedToken(Workspace edited) {
        if (edited == null) {
            throw new IllegalStateException(Texts.get("settings.token.enter"));
        }
        return service.tokenFor(edited.id())
                .orElseThrow(() -> new IllegalStateException(Texts.get("settings.token.none")));
    }

    /** A message fit for a person, never a stack trace; an IllegalStateException carries this dialog's own text. */
    static String describe(Throwable failure) {
        return failure instanceof IllegalStateException ? failure.getMessage() : UserMessages.describe(failure);
    }
}
