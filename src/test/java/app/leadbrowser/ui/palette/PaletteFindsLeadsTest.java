package app.leadbrowser.ui.palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.ui.common.ManualDebouncer;
import app.leadbrowser.ui.common.SyncTaskRunner;
import app.leadbrowser.ui.common.TestSandbox;
import app.leadbrowser.ui.open.LeadFinder;
import app.leadbrowser.ui.palette.PaletteItem.Kind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The palette with the workspace's leads as its live source, against the sandbox. */
class PaletteFindsLeadsTest {
    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(300);

    final List<String> ran = new ArrayList<>();
    final List<LeadSummary> opened = new ArrayList<>();
    final ManualDebouncer quiet = new ManualDebouncer();
    final SyncTaskRunner sync = new SyncTaskRunner();
    final PaletteViewModel palette = new PaletteViewModel();

    PaletteFindsLeadsTest() {
        palette.setLiveSource(new FoundLeads(new LeadFinder(sandbox::client, sync, quiet), opened::add));
    }

    PaletteItem item(Kind kind, String title) {
        return new PaletteItem(kind, title, "", () -> ran.add(title));
    }

    static LeadSummary leadWithEmail() {
        return sandbox.server().workspace().leads().stream()
                .filter(lead -> PropValues.text(lead.prop("$email")).length() > 8)
                .filter(lead -> !PropValues.text(lead.prop("$name")).isBlank())
                .findFirst()
                .orElseThrow();
    }

    @Test
    void foundLeadsGoBelowTitlesHoldingTheTextAndAboveLooserMatches() {
        palette.addSource(
                () -> List.of(item(Kind.ACTION, "Leads › Export… gmail"), item(Kind.ACTION, "Go › Main list")));
        palette.open();
        palette.queryProperty().set("gmail");
        assertEquals(
                List.of("Leads › Export… gmail", "Go › Main list"),
                palette.getResults().stream().map(PaletteItem::title).toList(),
                "before the answer");
        assertEquals(
                "Searching the workspace’s leads…", palette.statusProperty().get());

        quiet.elapse();

        sync.deliverAll();
        List<PaletteItem> results = palette.getResults();
        assertEquals("Leads › Export… gmail", results.get(0).title());
        assertEquals(Kind.FOUND_LEAD, results.get(1).kind());
        assertEquals("Go › Main list", results.get(results.size() - 1).title());
        assertEquals(LeadFinder.LIMIT + 2, results.size());
        assertEquals("", palette.statusProperty().get());
    }

    @Test
    void enterBeforeTheAnswerOpensTheFirstLeadFoundWhenItComes() {
        LeadSummary lead = leadWithEmail();
        palette.open();
        palette.queryProperty().set(PropValues.text(lead.prop("$email")));
        assertFalse(palette.runSelected(), "nothing to run yet");
        assertTrue(opened.isEmpty());

        quiet.elapse();

        sync.deliverAll();

        assertEquals(List.of(lead.id()), opened.stream().map(LeadSummary::id).toList());
    }

    @Test
    void theChosenLineStaysChosenWhenLeadsArrive() {
        palette.addSource(() -> List.of(item(Kind.ACTION, "View › Online now"), item(Kind.ACTION, "View › Only mine")));
        palette.open();
        palette.queryProperty().set("on");
        palette.moveSelection(1);
        PaletteItem chosen = palette.getResults().get(1);
        quiet.elapse();
        sync.deliverAll();
        assertEquals(
                chosen, palette.getResults().get(palette.selectedIndexProperty().get()));
    }

    @Test
    void closingThePaletteDropsTheSearch() {
        palette.open();
        palette.queryProperty().set("gmail");
        palette.close();
        quiet.elapse();
        sync.deliverAll();
        assertTrue(palette.getResults().isEmpty());
        assertEquals(0, sandbox.server().requests().count());
    }
}
