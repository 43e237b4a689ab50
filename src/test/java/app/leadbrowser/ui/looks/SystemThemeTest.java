package app.leadbrowser.ui.looks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each OS's answer about its theme, read by the pure parsers, and which commands are asked on each OS. */
class SystemThemeTest {

    @Test
    void gnomeColorScheme() {
        assertEquals(Optional.of(Theme.DARK), SystemTheme.gnomeColorScheme(0, "'prefer-dark'\n"));
        assertEquals(Optional.of(Theme.LIGHT), SystemTheme.gnomeColorScheme(0, "'prefer-light'\n"));
        assertEquals(Optional.empty(), SystemTheme.gnomeColorScheme(0, "'default'\n"));
        assertEquals(
                Optional.empty(),
                SystemTheme.gnomeColorScheme(1, "No such key “color-scheme”\n"),
                "older GNOME has no such key");
    }

    @Test
    void gtkThemeName() {
        assertEquals(Optional.of(Theme.DARK), SystemTheme.gtkThemeName(0, "'Adwaita-dark'\n"));
        assertEquals(Optional.of(Theme.DARK), SystemTheme.gtkThemeName(0, "'Yaru-Dark'"));
        assertEquals(Optional.of(Theme.LIGHT), SystemTheme.gtkThemeName(0, "'Adwaita'\n"));
        assertEquals(Optional.empty(), SystemTheme.gtkThemeName(1, ""));
    }

    @Test
    void windowsRegistry() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertEquals(Optional.of(Theme.DARK), SystemTheme.windows(0, dark));
        assertEquals(Optional.of(Theme.LIGHT), SystemTheme.windows(0, dark.replace("0x0", "0x1")));
        assertEquals(
                Optional.empty(),
                SystemTheme.windows(1, "ERROR: The system was unable to find the specified registry key or value."));
    }

    @Test
    void macDefaults() {
        assertEquals(Optional.of(Theme.DARK), SystemTheme.mac(0, "Dark\n"));
        assertEquals(
                Optional.of(Theme.LIGHT),
                SystemTheme.mac(
                        1,
                        "The domain/default pair of (kCFPreferencesAnyApplication, AppleInterfaceStyle)"
                                + " does not exist\n"),
                "light mode has no such key");
        assertEquals(Optional.empty(), SystemTheme.mac(127, "defaults: command not found"));
    }

    @Test
    void linuxFallsBackToTheGtkThemeWhenTheColorSchemeSaysNothing() {
        List<List<String>> asked = new ArrayList<>();
        Map<String, CommandRunner.Result> answers = Map.of(
                "color-scheme", new CommandRunner.Result(0, "'default'"),
                "gtk-theme", new CommandRunner.Result(0, "'Adwaita-dark'"));
        CommandRunner canned = (command, timeout) -> {
            asked.add(command);
            return Optional.ofNullable(answers.get(command.get(command.size() - 1)));
        };
        assertEquals(Optional.of(Theme.DARK), new SystemTheme("Linux", canned).read());
        assertEquals("gsettings", asked.get(0).get(0));
        assertEquals(2, asked.size());
    }

    @Test
    void noAnswerMeansTheSystemDoesNotSay() {
        CommandRunner absent = (command, timeout) -> Optional.empty();
        assertEquals(Optional.empty(), new SystemTheme("Linux", absent).read());
        assertEquals(Optional.empty(), new SystemTheme("Windows 11", absent).read());
        assertEquals(Optional.empty(), new SystemTheme("Mac OS X", absent).read());
    }

    @Test
    void eachOsAsksItsOwnCommand() {
        List<String> programs = new ArrayList<>();
        CommandRunner recording = (command, timeout) -> {
            programs.add(command.get(0));
            return Optional.empty();
        };
        new SystemTheme("Windows 10", recording).read();
        new SystemTheme("Mac OS X", recording).read();
        assertEquals(List.of("reg", "defaults"), programs);
    }

    @Test
    void aMissingCommandIsNoAnswer() {
        assertEquals(
                Optional.empty(),
                CommandRunner.processes().run(List.of("no-such-command-for-lead-browser"), SystemTheme.TIMEOUT));
    }
}
