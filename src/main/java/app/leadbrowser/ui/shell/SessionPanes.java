package app.leadbrowser.ui.shell;

import app.leadbrowser.ui.card.LeadCardView;
import app.leadbrowser.ui.card.LeadExplanationView;
import app.leadbrowser.ui.card.LeadWalkBar;
import app.leadbrowser.ui.common.DialogService;
import app.leadbrowser.ui.leads.LeadTableView;
import app.leadbrowser.ui.leads.LeadTableViewModel;
import app.leadbrowser.ui.palette.PaletteItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The three panes' contents for the session shown: each session keeps its Views (table, filter slot, card) so
 * that switching back finds them as they were. The side panes are built when first needed.
 */
final class SessionPanes {
    private final DialogService dialogs;
    private final MainWindowViewModel vm;
    private final FilterSlot.Factory filterSlots;
    private final StackPane filterHolder;
    private final StackPane tableHolder;
    private final StackPane cardHolder;
    private final Runnable revealCard;
    private final Supplier<Scene> scene;
    private final Map<WorkspaceSession, SessionViews> views = new HashMap<>();
    private boolean sidePanesAfterFirstRows;

    /** The Views of one session: its table, and its side panes (filter slot and card) once built. */
    private static final class SessionViews {
        private final LeadTableView table;
        /** The table with the filter's strip of chips above it once the side panes are built. */
        private final BorderPane tablePane;

        private FilterSlot filter;
        private LeadCardView card;

        private SessionViews(LeadTableView table) {
            this.table = table;
            this.tablePane = new BorderPane(table.getRoot());
        }

        private boolean hasSidePanes() {
            return filter != null;
        }
    }

    /** @param revealCard makes room for the card when one is opened */
    SessionPanes(
            MainWindowViewModel vm,
            FilterSlot.Factory filterSlots,
            StackPane filterHolder,
            StackPane tableHolder,
            StackPane cardHolder,
            Runnable revealCard,
            Supplier<Scene> scene,
            DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.filterSlots = filterSlots;
        this.filterHolder = filterHolder;
        this.tableHolder = tableHolder;
        this.cardHolder = cardHolder;
        this.revealCard = revealCard;
        this.scene = scene;
        vm.sessionProperty().addListener((obs, old, session) -> show(session));
    }

    /** The filter slot and card of the next session shown are built once its first rows are painted. */
    void buildSidePanesAfterFirstRows() {
        sidePanesAfterFirstRows = true;
    }

    /** The table View of the session shown; null before one is. */
    LeadTableView currentTable() {
        SessionViews shown = views.get(vm.getSession());
        return shown == null ? null : shown.table;
    }

    /** Unmarks the table's rows, lets {@code select} choose the card's lead, and shows and focuses the card. */
    void openLeadCard(Runnable select) {
        WorkspaceSession session = vm.getSession();
        if (views.containsKey(session)) {
            views.get(session).table.getTable().getSelectionModel().clearSelection();
            select.run();
            openCard(withSidePanes(session).card);
        }
    }

    void focusQuickSearch() {
        WorkspaceSession session = vm.getSession();
        if (views.containsKey(session)) {
            withSidePanes(session).filter.focusQuickSearch().run();
        }
    }

    /** The palette's "add condition on …" items of the session shown. */
    List<PaletteItem> propertyItems() {
        WorkspaceSession session = vm.getSession();
        return views.containsKey(session)
                ? withSidePanes(session).filter.propertyActions().get()
                : List.of();
    }

    private void show(WorkspaceSession session) {
        if (session == null) {
            List.of(filterHolder, tableHolder, cardHolder)
                    .forEach(holder -> holder.getChildren().clear());
            return;
        }
        views.keySet().removeIf(old -> !vm.isOpen(old)); // sessions closed when their workspace changed
        SessionViews shown = views.computeIfAbsent(session, this::createViews);
        tableHolder.getChildren().setAll(shown.tablePane);
        if (sidePanesAfterFirstRows && !shown.hasSidePanes()) {
            sidePanesAfterFirstRows = false;
            filterHolder.getChildren().clear();
            cardHolder.getChildren().clear();
            afterFirstLoadPainted(session.leadTable(), () -> {
                if (session == vm.getSession()) {
                    withSidePanes(session);
                }
            });
        } else {
            showSidePanes(withSidePanes(session));
        }
        shown.table.getTable().requestFocus();
    }

    private SessionViews createViews(WorkspaceSession session) {
        LeadTableView table = new LeadTableView(session.leadTable(), dialogs);
        table.setOnOpenLead(() -> openCard(withSidePanes(session).card));
        table.setOnFilterFromCell(
                condition -> withSidePanes(session).filter.addCondition().accept(condition));
        StartTrace.mark("table view built");
        return new SessionViews(table);
    }

    /** The Views of {@code session}, its side panes built now if they are not yet (and shown if it is shown). */
    private SessionViews withSidePanes(WorkspaceSession session) {
        SessionViews shown = views.get(session);
        if (shown.hasSidePanes()) {
            return shown;
        }
        LeadCardView card = new LeadCardView(session.leadCard());
        card.addTopBar(new LeadWalkBar(session.walk()).getRoot());
        card.addSection(new LeadExplanationView(session.explanation()).getRoot());
        FilterSlot filter = filterSlots.create(session);
        card.setOnFilterFromProperty(filter.addCondition());
        shown.filter = filter;
        shown.card = card;
        if (session == vm.getSession()) {
            showSidePanes(shown);
        }
        return shown;
    }

    private void showSidePanes(SessionViews shown) {
        shown.tablePane.setTop(shown.filter.root());
        filterHolder.getChildren().setAll(shown.filter.sidebar().map(List::of).orElse(List.of()));
        cardHolder.getChildren().setAll(shown.card.getRoot());
    }

    /**
     * Runs {@code then} once the table's load under way has ended and the frame showing its outcome was painted:
     * the pulse after the one that laid the rows out begins only when the renderer has finished that frame.
     */
    private void afterFirstLoadPainted(LeadTableViewModel table, Runnable then) {
        Scene shown = scene.get();
        if (shown == null) {
            then.run();
            return;
        }
        shown.addPostLayoutPulseListener(new Runnable() {
            private boolean laidOut;
            private boolean done;

            @Override
            public void run() {
                if (done) {
                    return;
                }
                if (laidOut) {
                    done = true;
                    Platform.runLater(() -> {
                        shown.removePostLayoutPulseListener(this); // not while the pulse walks its listeners
                        then.run();
                    });
                } else if (!table.listing().isLoading()) {
                    laidOut = true;
                    Platform.requestNextPulse();
                }
            }
        });
    }

    private void openCard(LeadCardView card) {
        revealCard.run();
        card.focus();
    }
}
