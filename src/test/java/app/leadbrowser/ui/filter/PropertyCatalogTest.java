package app.leadbrowser.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.leadbrowser.client.Json;
import app.leadbrowser.client.Samples;
import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.Presence;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PropertyCatalogTest {
    private final PropertyCatalog catalog = new PropertyCatalog();

    @Test
    void startsWithTheSystemPropertiesUnderReadableLabels() {
        assertEquals(
                new PropertyInfo("$last_seen", "Last seen", PropertyType.DATE, PropertyInfo.Group.SYSTEM),
                catalog.find("$last_seen").orElseThrow());
        assertEquals("Name", catalog.find("$name").orElseThrow().label());
        assertEquals(
                PropertyType.NUMBER, catalog.find("$sessions").orElseThrow().type());
        assertTrue(catalog.properties().stream().allMatch(p -> p.group() == PropertyInfo.Group.SYSTEM));
        assertTrue(catalog.segments().isEmpty());
    }

    @Test
    void learnsEventStatsFromAListRowAndNamesThemFromALeadCard() throws Exception {
        catalog.learnFrom(new LeadSummary(
                "1", Presence.OFFLINE, Map.of("$event_18_count", 4, "$first_visit", "2024-01-02T10:00:00")));

        assertEquals(
                new PropertyInfo("$event_18_count", "Event 18 · count", PropertyType.NUMBER, PropertyInfo.Group.EVENT),
                catalog.find("$event_18_count").orElseThrow());
        assertEquals(
                PropertyType.DATE, catalog.find("$event_18_last").orElseThrow().type());
        assertEquals(
                new PropertyInfo("$first_visit", "First visit", PropertyType.DATE, PropertyInfo.Group.SYSTEM),
                catalog.find("$first_visit").orElseThrow());

        catalog.learnFrom(sampleLead());

        assertEquals(
                "My Event · count",
                catalog.find("$event_7322_count").orElseThrow().label());
        assertEquals(
                "My Event · first",
                catalog.find("$event_7322_first").orElseThrow().label());
        assertEquals(
                "Event 123 · first",
                catalog.find("$event_123_first").orElseThrow().label());
        assertEquals(
                PropertyInfo.Group.CUSTOM,
                catalog.find("project_key").orElseThrow().group());
        assertEquals(
                List.of("segment-reg"),
                catalog.segments().stream().map(s -> s.name()).toList());
    }

    @Test
    void listsSystemThenEventsThenCustom() throws Exception {
        catalog.learnFrom(sampleLead());

        List<PropertyInfo.Group> groups =
                catalog.properties().stream().map(PropertyInfo::group).toList();
        List<PropertyInfo.Group> sorted = groups.stream().sorted().toList();
        assertEquals(sorted, groups);
        assertTrue(groups.contains(PropertyInfo.Group.EVENT) && groups.contains(PropertyInfo.Group.CUSTOM));
    }

    @Test
    void typesLearnedPropsByTheirValues() {
        catalog.learnFrom(new LeadSummary(
                "1",
                null,
                Map.of(
                        "plan",
                        "gold",
                        "orders",
                        3,
                        "vip",
                        true,
                        "tags_seen",
                        List.of("a"),
                        "score",
                        "12",
                        "zip",
                        "01234",
                        "renewal",
                        "2025-03-01")));
        catalog.learnFrom(new LeadSummary("2", null, java.util.Collections.singletonMap("late", null)));
        catalog.learnFrom(new LeadSummary("3", null, Map.of("late", 7)));

        assertEquals(PropertyType.TEXT, catalog.find("plan").orElseThrow().type());
        assertEquals(PropertyType.NUMBER, catalog.find("orders").orElseThrow().type());
        assertEquals(PropertyType.BOOLEAN, catalog.find("vip").orElseThrow().type());
        assertEquals(PropertyType.LIST, catalog.find("tags_seen").orElseThrow().type());
        assertEquals(PropertyType.NUMBER, catalog.find("score").orElseThrow().type());
        assertEquals(PropertyType.TEXT, catalog.find("zip").orElseThrow().type());
        assertEquals(PropertyType.DATE, catalog.find("renewal").orElseThrow().type());
        assertEquals(PropertyType.NUMBER, catalog.find("late").orElseThrow().type(), "typed by the first value");
    }

    @Test
    void resolvesWhatAPersonTypes() {
        assertEquals("$last_seen", catalog.resolve("last seen").key());
        assertEquals("$email", catalog.resolve("$email").key());
        assertEquals(PropertyType.NUMBER, catalog.resolve("$event_99_count").type());
        PropertyInfo typed = catalog.resolve("  loyalty_level ");
        assertEquals(
                new PropertyInfo("loyalty_level", "loyalty_level", PropertyType.ANY, PropertyInfo.Group.CUSTOM), typed);
        assertEquals("Name", catalog.resolve("name").label(), "a label wins over an unknown key");
        assertEquals("name", catalog.resolveKey("name").key(), "a filter's property name is taken as it is");
    }

    @Test
    void searchesLabelsAndKeys() {
        assertEquals(
                List.of("$last_contacted", "$last_reply", "$last_seen"),
                catalog.search("LAST").stream().map(PropertyInfo::key).toList());
        assertEquals(
                List.of("$utm_campaign"),
                catalog.search("utm_camp").stream().map(PropertyInfo::key).toList());
        assertEquals(catalog.properties(), catalog.search(" "));
    }

    static Lead sampleLead() throws Exception {
        var data = Json.mapper().readTree(Samples.read("user-object.json")).get("data");
        return Json.mapper().treeToValue(data, Lead.class);
    }
}
