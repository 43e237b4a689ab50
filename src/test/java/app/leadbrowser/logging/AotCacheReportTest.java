package app.leadbrowser.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AotCacheReportTest {

    @Test
    void aMappedCacheIsInUse() {
        assertEquals(
                "Started with the AOT cache /opt/lead-browser/lib/app/lead-browser.aot",
                AotCacheReport.message("/opt/lead-browser/lib/app/lead-browser.aot", "mixed mode, sharing"));
    }

    @Test
    void noSharingMeansTheJvmIgnoredIt() {
        assertEquals(
                "Started without the AOT cache app.aot: missing, broken, or made for another runtime or other JVM"
                        + " options (the JVM said why on its output)",
                AotCacheReport.message("app.aot", "mixed mode"));
    }
}
