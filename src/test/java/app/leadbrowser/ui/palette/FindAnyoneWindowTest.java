package app.leadbrowser.ui.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.ui.card.LeadCardPage;
import app.leadbrowser.ui.leads.LeadTablePage;
import app.leadbrowser.ui.open.OpenLeadPage;
import app.leadbrowser.ui.shell.WindowOnSandboxTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** Finding a lead of the workspace, not only of the page, from Ctrl+K and Ctrl+L by part of its email. */
@WindowOnSandboxTest.Leads(300)
class FindAnyoneWindowTest extends WindowOnSandboxTest {

    /** A lead off the first page and the part of its email ("nna.smith@gmail.c") that no other lead's text holds. */
    record Wanted(LeadSummary lead, String part) {
        String name() {
            return PropValues.text(lead.prop("$name"));
        }
    }

    static Wanted leadOffThePage(List<String> shown) {
        List<LeadSummary> leads = sandbox.workspace().leads();
        for (LeadSummary lead : leads) {
            String email = PropValues.text(lead.prop("$email"));
            if (shown.contains(lead.id())
                    || email.length() < 10
                    || PropValues.text(lead.prop("$name")).isBlank()) {
                continue;
            }
            String part = email.substring(1, email.length() - 2).toLowerCase(Locale.ROOT);
            long holding = leads.stream()
                    .filter(other -> List.of("$email", "$name", "$phone", "$user_id").stream()
                            .anyMatch(prop -> PropValues.text(other.prop(prop))
                                    .toLowerCase(Locale.ROOT)
                                    .contains(part)))
                    .count();
            if (holding == 1) {
                return new Wanted(lead, part);
            }
        }
        throw new AssertionError("no lead with an email of its own");
    }

    @Test
    void partOfAnEmailThenEnterOpensThatLeadsCard(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 300");
        Wanted wanted = leadOffThePage(table.ids());

        PalettePage palette = new PalettePage(robot).open().type(wanted.part());
        palette.waitForFoundLeadFirst(wanted.name()).enter().waitUntilClosed();

        new LeadCardPage(robot).waitForLead(wanted.lead().id());
        assertEquals(wanted.name(), new LeadCardPage(robot).title());
    }

    @Test
    void enterTypedBeforeTheAnswerOpensTheLeadOnceItComes(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 300");
        Wanted wanted = leadOffThePage(table.ids());

        new PalettePage(robot).open().type(wanted.part()).enter().waitUntilClosed();

        new LeadCardPage(robot).waitForLead(wanted.lead().id());
    }

    @Test
    void ctrlLFindsByEmailToo(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 300");
        Wanted wanted = leadOffThePage(table.ids());

        OpenLeadPage box = new OpenLeadPage(robot).open();
        box.type(wanted.part()).waitForFound(wanted.lead().id()).enter().waitUntilClosed();

        new LeadCardPage(robot).waitForLead(wanted.lead().id());
    }

    @Test
    void ctrlLEnterBeforeTheAnswerOpensTheLeadOnceFound(FxRobot robot) {
        LeadTablePage table = new LeadTablePage(robot).waitForRange("1–20 of 300");
        Wanted wanted = leadOffThePage(table.ids());

        new OpenLeadPage(robot).open().find(wanted.part()).waitUntilClosed();

        new LeadCardPage(robot).waitForLead(wanted.lead().id());
    }
}
