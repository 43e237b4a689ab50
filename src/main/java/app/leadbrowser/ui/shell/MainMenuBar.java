package app.leadbrowser.ui.shell;

import app.leadbrowser.settings.Workspace;
import app.leadbrowser.ui.common.DialogService;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.WorkspaceNames;
import app.leadbrowser.ui.help.AboutDialog;
import app.leadbrowser.ui.help.AboutViewModel;
import app.leadbrowser.ui.help.ShortcutsSheet;
import app.leadbrowser.ui.looks.Density;
import app.leadbrowser.ui.looks.Icons;
import app.leadbrowser.ui.looks.LooksTexts;
import app.leadbrowser.ui.looks.LooksViewModel;
import app.leadbrowser.ui.looks.ThemeChoice;
import app.leadbrowser.ui.refresh.AutoRefreshViewModel;
import app.leadbrowser.ui.refresh.IntervalTexts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Dialog;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

/**
 * The main window's menu bar: File, View (theme, density, auto-refresh, language), Workspace (the switcher) and
 * Help; features add their menus before Workspace. Items whose action comes later stay disabled until it is set.
 */
final class MainMenuBar {
    private final MainWindowViewModel vm;
    private final Supplier<Window> owner;
    private final DialogService dialogs;
    private final Menu workspaceMenu = new Menu(Texts.get("shell.menu.workspace"));
    private final MenuItem manageWorkspaces = new MenuItem(Texts.get("shell.menu.manageWorkspaces"));
    private final Menu languageMenu = new Menu(Texts.get("shell.menu.language"));
    private final MenuItem onlineNow = new MenuItem(Texts.get("online.menu"));
    private final MenuBar bar;
    private ShortcutsSheet shortcutsSheet;
    private Dialog<?> aboutBox;

    /**
     * @param focusQuickSearch what View → Quick search does
     * @param resetPanes what View → Reset panes does
     */
    MainMenuBar(
            MainWindowViewModel vm,
            LooksViewModel looks,
            AutoRefreshViewModel autoRefresh,
            AboutViewModel about,
            Runnable focusQuickSearch,
            Runnable resetPanes,
            Supplier<Window> owner,
            DialogService dialogs) {
        this.vm = vm;
        this.owner = owner;
        this.dialogs = dialogs;
        manageWorkspaces.setId("manageWorkspacesItem");
        manageWorkspaces.setDisable(true);
        bar = new MenuBar(
                fileMenu(), viewMenu(looks, autoRefresh, focusQuickSearch, resetPanes), workspaceMenu, helpMenu(about));
        bar.setId("menuBar");
        vm.getWorkspaces().addListener((ListChangeListener<Workspace>) change -> fillWorkspaceMenu());
        vm.activeWorkspaceProperty().addListener((obs, old, active) -> fillWorkspaceMenu());
        fillWorkspaceMenu();
    }

    MenuBar bar() {
        return bar;
    }

    /** Adds a feature's menu before the Workspace menu. */
    void addMenu(Menu menu) {
        bar.getMenus().add(bar.getMenus().indexOf(workspaceMenu), menu);
    }

    void setOnManageWorkspaces(Runnable action) {
        manageWorkspaces.setOnAction(event -> action.run());
        manageWorkspaces.setDisable(action == null);
    }

    void setOnOpenOnlineNow(Runnable action) {
        onlineNow.setOnAction(event -> action.run());
        onlineNow.setDisable(action == null);
    }

    void setLanguageChoice(LanguageChoice languages, Runnable restart) {
        LanguageMenu.fill(languageMenu, languages, restart, dialogs);
    }

    private Menu fileMenu() {
        MenuItem refresh = new MenuItem(Texts.get("shell.menu.refresh"));
        refresh.setId("refreshItem");
        refresh.setGraphic(Icons.REFRESH.node());
        refresh.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        refresh.setOnAction(event -> vm.refresh());
        MenuItem quit = new MenuItem(Texts.get("shell.menu.quit"));
        quit.setId("quitItem");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(event -> owner.get().hide());
        return new Menu(Texts.get("shell.menu.file"), null, refresh, new SeparatorMenuItem(), quit);
    }

    private Menu viewMenu(
            LooksViewModel looks, AutoRefreshViewModel autoRefresh, Runnable focusQuickSearch, Runnable resetPanes) {
        MenuItem quickSearch = new MenuItem(Texts.get("shell.menu.quickSearch"));
        quickSearch.setAccelerator(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN));
        quickSearch.setOnAction(event -> focusQuickSearch.run());
        MenuItem resetLayout = new MenuItem(Texts.get("shell.menu.resetPanes"));
        resetLayout.setId("resetPanesItem");
        resetLayout.setOnAction(event -> resetPanes.run());
        languageMenu.setDisable(true);
        onlineNow.setId("onlineNowItem");
        onlineNow.setAccelerator(
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        onlineNow.setDisable(true);
        Menu theme = RadioMenus.of(
                Texts.get("looks.menu.theme"),
                "theme",
                List.of(ThemeChoice.values()),
                ThemeChoice::wireName,
                LooksTexts::of,
                looks.themeChoiceProperty(),
                looks::chooseTheme);
        Menu density = RadioMenus.of(
                Texts.get("looks.menu.density"),
                "density",
                List.of(Density.values()),
                Density::wireName,
                LooksTexts::of,
                looks.densityProperty(),
                looks::chooseDensity);
        Menu refreshing = RadioMenus.of(
                Texts.get("refresh.menu"),
                "autoRefresh",
                AutoRefreshViewModel.INTERVALS,
                (Duration interval) -> Long.toString(interval.toSeconds()),
                IntervalTexts::menuText,
                autoRefresh.intervalProperty(),
                autoRefresh::setInterval);
        refreshing.setGraphic(Icons.AUTO_REFRESH.node());
        return new Menu(
                Texts.get("shell.menu.view"),
                null,
                quickSearch,
                onlineNow,
                resetLayout,
                new SeparatorMenuItem(),
                theme,
                density,
                new SeparatorMenuItem(),
                refreshing,
                new SeparatorMenuItem(),
                languageMenu);
    }

    private Menu helpMenu(AboutViewModel about) {
        MenuItem shortcuts = new MenuItem(Texts.get("help.menu.shortcuts"));
        shortcuts.setId("shortcutsItem");
        shortcuts.setGraphic(Icons.KEYBOARD.node());
        shortcuts.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        shortcuts.setOnAction(event -> showShortcuts());
        MenuItem aboutItem = new MenuItem(Texts.get("shell.menu.about", MainWindowViewModel.APP_NAME));
        aboutItem.setId("aboutItem");
        aboutItem.setGraphic(Icons.INFO.node());
        aboutItem.setOnAction(event -> showAbout(about));
        return new Menu(Texts.get("shell.menu.help"), null, shortcuts, new SeparatorMenuItem(), aboutItem);
    }

    private void showShortcuts() {
        if (shortcutsSheet == null) {
            shortcutsSheet = new ShortcutsSheet(owner.get());
        }
        shortcutsSheet.show();
    }

    private void showAbout(AboutViewModel about) {
        if (aboutBox != null && aboutBox.isShowing()) {
            aboutBox.getDialogPane().getScene().getWindow().requestFocus();
            return;
        }
        aboutBox = AboutDialog.show(owner.get(), MainWindowViewModel.APP_NAME, about);
    }

    private void fillWorkspaceMenu() {
        ToggleGroup group = new ToggleGroup();
        List<MenuItem> items = new ArrayList<>();
        for (Workspace workspace : vm.getWorkspaces()) {
            RadioMenuItem item = new RadioMenuItem(WorkspaceNames.of(workspace));
            item.setId("workspace-" + workspace.id());
            item.setToggleGroup(group);
            item.setSelected(workspace.equals(vm.activeWorkspaceProperty().get()));
            item.setOnAction(event -> vm.switchTo(workspace));
            items.add(item);
        }
        items.add(new SeparatorMenuItem());
        items.add(manageWorkspaces);
        workspaceMenu.getItems().setAll(items);
    }
}
