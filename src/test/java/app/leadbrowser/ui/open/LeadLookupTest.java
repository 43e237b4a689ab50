package app.leadbrowser.ui.open;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.error.NotFoundException;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.sandbox.Fault;
import app.leadbrowser.ui.common.TestSandbox;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Looking a lead up by its Dashly id, against the sandbox: found, no such lead, and other failures. */
class LeadLookupTest {
    @RegisterExtension
    static final TestSandbox sandbox = TestSandbox.withLeads(50);

    @Test
    void digitsOfALeadsIdFindThatLead() throws Exception {
        LeadSummary lead = sandbox.server().workspace().leads().get(7);

        Optional<LeadSummary> found =
                LeadLookup.found(LeadLookup.byId(sandbox.client(), LeadLookup.normalize(" #" + lead.id()))
                        .orElseThrow());

        assertEquals(lead.id(), found.orElseThrow().id());
        assertEquals(lead.prop("$name"), found.orElseThrow().prop("$name"));
    }

    @Test
    void digitsOfNoLeadAreAnAnswerNotAFailure() throws Exception {
        assertEquals(
                Optional.empty(),
                LeadLookup.found(LeadLookup.byId(sandbox.client(), "4242424242").orElseThrow()));
    }

    @Test
    void otherTextSendsNoRequest() {
        int before = sandbox.server().requests().count();

        assertTrue(LeadLookup.byId(sandbox.client(), "anna@example.com").isEmpty());
        assertTrue(LeadLookup.byId(sandbox.client(), "12a").isEmpty());

        assertEquals(before, sandbox.server().requests().count());
    }

    @Test
    void aNotFoundThatIsNoLookupErrorIsAFailure() {
        LeadSummary lead = sandbox.server().workspace().leads().get(3);
        sandbox.server().faults().enqueue(Fault.status(404));

        assertThrows(
                NotFoundException.class,
                () -> LeadLookup.found(
                        LeadLookup.byId(sandbox.client(), lead.id()).orElseThrow()));
    }
}
