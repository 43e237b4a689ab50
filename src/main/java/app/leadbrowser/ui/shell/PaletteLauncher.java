package app.leadbrowser.ui.shell;

import app.leadbrowser.ui.palette.MenuActions;
import app.leadbrowser.ui.palette.PaletteItem;
import app.leadbrowser.ui.palette.PaletteView;
import app.leadbrowser.ui.palette.PaletteViewModel;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.MenuBar;
import javafx.stage.Window;

/** Ctrl+K: the command palette over every menu action, the filter history and "add condition on …". */
final class PaletteLauncher {
    private final MainWindowViewModel vm;
    private final PaletteViewModel palette = new PaletteViewModel();
    private PaletteView view;

    PaletteLauncher(MainWindowViewModel vm, MenuBar menuBar, Supplier<List<PaletteItem>> propertyItems) {
        this.vm = vm;
        palette.addSource(() -> MenuActions.of(menuBar));
        palette.addSource(this::historyItems);
        palette.addSource(propertyItems);
    }

    /** Ctrl+K also finds the workspace's leads through {@code source}. */
    void findLeadsWith(PaletteViewModel.LiveSource source) {
        palette.setLiveSource(source);
    }

    void show(Window owner) {
        if (view == null) {
            view = new PaletteView(palette);
        }
        view.show(owner);
    }

    private List<PaletteItem> historyItems() {
        WorkspaceSession session = vm.getSession();
        if (session == null) {
            return List.of();
        }
        return session.filterHistory().items().stream()
                .map(item -> new PaletteItem(
                        PaletteItem.Kind.HISTORY,
                        item.summary(),
                        session.filterHistory().appliedAtText(item),
                        () -> session.filterHistory().reapply(item)))
                .toList();
    }
}
