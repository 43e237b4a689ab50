package app.leadbrowser.ui.views;

import app.leadbrowser.settings.PerWorkspaceStore;
import app.leadbrowser.settings.ViewState;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.leads.ListingState;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The saved views of one workspace: save the table's current filter, sort, page size and columns under a name, apply
 * one, rename, delete (with undo), reorder, and share one as a JSON file. Kept in the workspace's entry of the saved
 * views file; the view applied last is remembered so it opens on the next start.
 */
public final class SavedViewsViewModel {
    /** A bigger file is not a shared view: refuse it before reading it into memory. */
    static final long MAX_IMPORT_BYTES = 1_000_000;

    private final String workspaceId;
    private final PerWorkspaceStore<SavedViewsFile, WorkspaceViews> store;
    private final ListingState listing;
    private final TaskRunner runner;

    private final ObservableList<SavedView> views = FXCollections.observableArrayList();
    private final ObservableList<SavedView> viewsView = FXCollections.unmodifiableObservableList(views);
    private final ReadOnlyObjectWrapper<SavedView> lastUsed = new ReadOnlyObjectWrapper<>(this, "lastUsed");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(this, "error");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");

    private SavedView deleted;
    private int deletedIndex;

    public SavedViewsViewModel(
            String workspaceId,
            PerWorkspaceStore<SavedViewsFile, WorkspaceViews> store,
            ListingState listing,
            TaskRunner runner) {
        this.workspaceId = workspaceId;
        this.store = store;
        this.listing = listing;
        this.runner = runner;
        WorkspaceViews kept = store.get(workspaceId).orElse(WorkspaceViews.none());
        views.setAll(kept.views());
        lastUsed.set(find(kept.lastUsedId()).orElse(null));
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /**
     * Why {@code name} cannot name a view (empty, too long, or another view's name, ignoring case); empty when it can.
     *
     * @param renaming the view being renamed (its own name is allowed), or null for a new view
     */
    public Optional<String> nameProblem(String name, SavedView renaming) {
        String wanted = name == null ? "" : name.strip();
        if (wanted.isEmpty()) {
            return Optional.of(Texts.get("views.name.empty"));
        }
        if (wanted.length() > 80) {
            return Optional.of(Texts.get("views.name.tooLong"));
        }
        boolean taken = views.stream()
                .anyMatch(view -> view != renaming
                        && view.name().toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)));
        return taken ? Optional.of(Texts.get("views.name.taken", wanted)) : Optional.empty();
    }

    /** Saves the table's current filter, sort, page size and columns as a new view at the end of the list. */
    public Optional<SavedView> saveCurrent(String name) {
        Optional<String> problem = nameProblem(name, null);
        if (problem.isPresent()) {
            say(problem.get(), true);
            return Optional.empty();
        }
        SavedView saved = new SavedView(newId(), name.strip(), listing.currentViewState());
        views.add(saved);
        lastUsed.set(saved);
        say(Texts.get("views.saved", saved.name()), false);
        persist();
        return Optional.of(saved);
    }

    /** Replaces what {@code view} holds with the table's current state (its name and place stay). */
    public void updateFromCurrent(SavedView view) {
        replace(view, view.withView(listing.currentViewState()));
        say(Texts.get("views.updated", view.name()), false);
    }

    /** Shows {@code view} in the table: its filter, sort, page size and columns, from the first page. */
    public void apply(SavedView view) {
        int index = views.indexOf(view);
        if (index < 0) {
            return;
        }
        listing.applyViewState(view.view());
        lastUsed.set(view);
        say("", false);
        persist();
    }

    /** Renames {@code view}; a name that cannot be used changes nothing and says why. */
    public boolean rename(SavedView view, String name) {
        Optional<String> problem = nameProblem(name, view);
        if (problem.isPresent()) {
            say(problem.get(), true);
            return false;
        }
        replace(view, view.withName(name.strip()));
        say("", false);
        return true;
    }

    /** Deletes {@code view}; {@link #undoDelete()} brings it back in its place until the next change. */
    public void delete(SavedView view) {
        int index = views.indexOf(view);
        if (index < 0) {
            return;
        }
        views.remove(index);
        deleted = view;
        deletedIndex = index;
        if (view.equals(lastUsed.get())) {
            lastUsed.set(null);
        }
        persist();
        say(Texts.get("views.deleted", view.name()), false);
        canUndo.set(true);
    }

    /** Puts the view deleted last back where it was. */
    public void undoDelete() {
        if (deleted == null) {
            return;
        }
        views.add(Math.min(deletedIndex, views.size()), deleted);
        say(Texts.get("views.restored", deleted.name()), false);
        deleted = null;
        persist();
    }

    /** Moves {@code view} one place up the list (no-op at the top). */
    public void moveUp(SavedView view) {
        move(view, -1);
    }

    /** Moves {@code view} one place down the list (no-op at the bottom). */
    public void moveDown(SavedView view) {
        move(view, +1);
    }

    /** Moves {@code view} to {@code index} (e.g. where it was dropped). */
    public void moveTo(SavedView view, int index) {
        int from = views.indexOf(view);
        int to = Math.max(0, Math.min(index, views.size() - 1));
        if (from < 0 || from == to) {
            return;
        }
        views.remove(from);
        views.add(to, view);
        say("", false);
        persist();
    }

    /** Writes {@code view} to {@code file} as JSON to share it (in the background); the outcome is the message. */
    public void exportTo(SavedView view, Path file) {
        String json = ViewShare.write(view);
        runner.run(
                () -> Files.writeString(file, json, StandardCharsets.UTF_8),
                written -> say(Texts.get("views.exported", view.name(), file.toString()), false),
                failure -> say(Texts.get("views.exportFailed", file.toString(), reason(failure)), true));
    }

    /**
     * Reads a shared view from {@code file} (in the background) and adds it at the end of the list; a name already
     * used gets a number. A file that is not a view changes nothing, and the message says what is wrong with it.
     */
    public void importFrom(Path file) {
        runner.run(() -> readShared(file), this::addImported, failure -> say(reason(failure), true));
    }

    /** The view to open on start: the one applied or saved last, if it still exists. */
    public Optional<ViewState> lastUsedView() {
        return Optional.ofNullable(lastUsed.get()).map(SavedView::view);
    }

    // ---- inner workings --------------------------------------------------------------------------------------

    private static ViewShare.Shared readShared(Path file) throws IOException, ViewImportException {
        try {
            if (Files.size(file) > MAX_IMPORT_BYTES) {
                throw new ViewImportException(Texts.get("views.import.tooBig", file.toString()));
            }
            return ViewShare.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new ViewImportException(Texts.get("views.import.missing", file.toString()));
        } catch (CharacterCodingException e) {
            throw new ViewImportException(Texts.get("views.import.notJson"));
        }
    }

    private void addImported(ViewShare.Shared shared) {
        String name = shared.name();
        for (int n = 2; nameProblem(name, null).isPresent(); n++) {
            name = shared.name() + " (" + n + ")";
        }
        SavedView added = new SavedView(newId(), name, shared.view());
        views.add(added);
        persist();
        say(Texts.get("views.imported", added.name()), false);
    }

    private void move(SavedView view, int by) {
        int from = views.indexOf(view);
        if (from >= 0) {
            moveTo(view, from + by);
        }
    }

    private void replace(SavedView old, SavedView updated) {
        int index = views.indexOf(old);
        if (index < 0) {
            return;
        }
        views.set(index, updated);
        if (old.equals(lastUsed.get())) {
            lastUsed.set(updated);
        }
        persist();
    }

    private Optional<SavedView> find(String id) {
        return views.stream().filter(view -> view.id().equals(id)).findFirst();
    }

    private void persist() {
        SavedView last = lastUsed.get();
        store.put(workspaceId, new WorkspaceViews(new ArrayList<>(views), last == null ? null : last.id()));
    }

    /** Any change but a delete ends the chance to undo it. */
    private void say(String text, boolean isError) {
        message.set(text);
        error.set(isError);
        canUndo.set(false);
    }

    private static String reason(Throwable failure) {
        if (failure instanceof ViewImportException) {
            return failure.getMessage();
        }
        if (failure instanceof IOException) {
            String detail = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
            return Texts.get("views.file.ioError", detail);
        }
        return Texts.get("views.file.unexpected");
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }

    // ---- properties ------------------------------------------------------------------------------------------

    /** The views in the user's order. */
    public ObservableList<SavedView> getViews() {
        return viewsView;
    }

    /** The view applied or saved last (marked in the list); null for none. */
    public ReadOnlyObjectProperty<SavedView> lastUsedProperty() {
        return lastUsed.getReadOnlyProperty();
    }

    /** What the last command did or why it could not; empty for nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    /** Whether {@link #messageProperty()} is a problem rather than news. */
    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Whether a deleted view can be brought back. */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }
}
