package app.leadbrowser.ui.card;

import app.leadbrowser.client.DashlyClient;
import app.leadbrowser.client.Json;
import app.leadbrowser.client.model.Lead;
import app.leadbrowser.client.model.LeadSummary;
import app.leadbrowser.client.model.Presence;
import app.leadbrowser.client.model.PropValues;
import app.leadbrowser.ui.common.CachedLoader;
import app.leadbrowser.ui.common.ClipboardService;
import app.leadbrowser.ui.common.CursorTabViewModel;
import app.leadbrowser.ui.common.FreshnessTexts;
import app.leadbrowser.ui.common.LeadSelection;
import app.leadbrowser.ui.common.LinkOpener;
import app.leadbrowser.ui.common.TaskRunner;
import app.leadbrowser.ui.common.Texts;
import app.leadbrowser.ui.common.TimeTexts;
import app.leadbrowser.ui.common.UserMessages;
import app.leadbrowser.ui.conversations.ConversationRowViewModel;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The card of the selected lead: loads the full User object when the selection changes (cancelling the load
 * before), and turns it into the header texts and the tabs' rows. Has its own loading and error states.
 */
public final class LeadCardViewModel {
    private static final int RECENT_CARDS = 16;

    /** What the card shows. */
    public enum State {
        EMPTY,
        LOADING,
        LOADED,
        FAILED
    }

    private final TimeTexts times;
    private final ClipboardService clipboard;
    private final LeadCardTabs tabs;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.EMPTY);
    private final ReadOnlyObjectWrapper<Lead> lead = new ReadOnlyObjectWrapper<>(this, "lead");
    private final ReadOnlyStringWrapper statusText =
            new ReadOnlyStringWrapper(this, "statusText", Texts.get("card.noLead"));
    private final ReadOnlyStringWrapper errorMessage = new ReadOnlyStringWrapper(this, "errorMessage", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper email = new ReadOnlyStringWrapper(this, "email", "");
    private final ReadOnlyStringWrapper phone = new ReadOnlyStringWrapper(this, "phone", "");
    private final ReadOnlyObjectWrapper<Presence> presence =
            new ReadOnlyObjectWrapper<>(this, "presence", Presence.UNKNOWN);
    private final ReadOnlyStringWrapper presenceText = new ReadOnlyStringWrapper(this, "presenceText", "");
    private final ReadOnlyStringWrapper presenceDetails = new ReadOnlyStringWrapper(this, "presenceDetails", "");
    private final ReadOnlyStringWrapper idText = new ReadOnlyStringWrapper(this, "idText", "");
    private final ReadOnlyStringWrapper userIdText = new ReadOnlyStringWrapper(this, "userIdText", "");
    private final ReadOnlyStringWrapper removedBadge = new ReadOnlyStringWrapper(this, "removedBadge", "");
    private final ReadOnlyStringWrapper emailStatus = new ReadOnlyStringWrapper(this, "emailStatus", "");
    private final ReadOnlyStringWrapper timezone = new ReadOnlyStringWrapper(this, "timezone", "");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper(this, "location", "");
    private final ReadOnlyStringWrapper mapUrl = new ReadOnlyStringWrapper(this, "mapUrl", "");
    private final ReadOnlyBooleanWrapper mapOpenable = new ReadOnlyBooleanWrapper(this, "mapOpenable");
    private final ReadOnlyObjectWrapper<Instant> cardAsOf = new ReadOnlyObjectWrapper<>(this, "cardAsOf");
    private final ReadOnlyStringWrapper cardAsOfText = new ReadOnlyStringWrapper(this, "cardAsOfText", "");

    private final ObservableList<PropertyRowViewModel> properties = FXCollections.observableArrayList();
    private final FilteredList<PropertyRowViewModel> shownProperties = new FilteredList<>(properties);
    private final StringProperty propertySearch = new SimpleStringProperty(this, "propertySearch", "");
    private final ObservableList<EventRowViewModel> events = FXCollections.observableArrayList();
    private final ObservableList<String> segments = FXCollections.observableArrayList();
    private final ObservableList<String> tags = FXCollections.observableArrayList();
    private final ObservableList<NoteViewModel> notes = FXCollections.observableArrayList();

    private final ObservableList<PropertyRowViewModel> propertiesView =
            FXCollections.unmodifiableObservableList(properties);
    private final ObservableList<EventRowViewModel> eventsView = FXCollections.unmodifiableObservableList(events);
    private final ObservableList<String> segmentsView = FXCollections.unmodifiableObservableList(segments);
    private final ObservableList<String> tagsView = FXCollections.unmodifiableObservableList(tags);
    private final ObservableList<NoteViewModel> notesView = FXCollections.unmodifiableObservableList(notes);

    private final MapLinkViewModel mapLink;
    private final LeadCardDisplay display;
    private final CachedLoader<String, Lead> cards;
    private String requestedId;

    public LeadCardViewModel(
            DashlyClient client,
            TaskRunner runner,
            TimeTexts times,
            ClipboardService clipboard,
            LinkOpener links,
            LeadSelection selection,
            LeadCardTabs tabs) {
        this.times = times;
        this.display = new LeadCardDisplay(times);
        this.cards = new CachedLoader<>(runner, client::getLead, RECENT_CARDS, times::now);
        this.clipboard = clipboard;
        this.mapLink = new MapLinkViewModel(mapUrl, mapOpenable, links, clipboard);
        this.tabs = tabs;
        lead.addListener((obs, old, shown) -> tabs.showLead(shown == null ? null : shown.id()));
        propertySearch.addListener((obs, old, text) -> shownProperties.setPredicate(row -> row.matches(text)));
        selection.selectedProperty().addListener((obs, old, selected) -> show(selected));
    }

    // ---- commands -------------------------------------------------------------------------------------------

    /** Loads the card of {@code summary}'s lead (null empties the card); any load still running is cancelled. */
    public void show(LeadSummary summary) {
        if (summary == null) {
            cards.cancel();
            requestedId = null;
            clearContent();
            state.set(State.EMPTY);
            statusText.set(Texts.get("card.noLead"));
            return;
        }
        String name = PropValues.text(summary.prop("$name"));
        load(summary.id(), name.isBlank() ? Texts.get("card.leadWithId", summary.id()) : name);
    }

    /** Loads the card of the lead with this Dashly id. */
    public void showLead(String leadId) {
        load(leadId, Texts.get("card.leadWithId", leadId));
    }

    /**
     * Loads the card of {@code leadId} in the background into a small cache of recent cards, so that showing it
     * later is instant (e.g. the row likely to be selected next). Replaces any prefetch still running.
     */
    public void prefetch(String leadId) {
        if (leadId != null) {
            cards.prefetch(leadId);
        }
    }

    /** Loads the open card again from the server, not from the recent cards (the card says how old it is). */
    public void refresh() {
        if (requestedId != null) {
            cards.forget(requestedId);
            load(requestedId, "lead " + requestedId);
        }
    }

    /** Loads the card that failed again. */
    public void retry() {
        if (requestedId != null) {
            load(requestedId, Texts.get("card.leadWithId", requestedId));
        }
    }

    public void copyEmail() {
        copyIfKnown(email.get());
    }

    public void copyPhone() {
        copyIfKnown(phone.get());
    }

    public void copyId() {
        copyIfKnown(lead.get() == null ? "" : lead.get().id());
    }

    public void copyUserId() {
        copyIfKnown(lead.get() == null ? "" : lead.get().userId());
    }

    /** Copies a property's value as the API sent it. */
    public void copyValue(PropertyRowViewModel row) {
        clipboard.putText(row.raw());
    }

    /** Copies the User object, pretty-printed, exactly as the server sent it. */
    public void copyAsJson() {
        Lead shown = lead.get();
        if (shown == null) {
            return;
        }
        try {
            Object json = shown.source() != null ? shown.source() : shown;
            clipboard.putText(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        } catch (JsonProcessingException e) {
            errorMessage.set(Texts.get("card.jsonFailed"));
        }
    }

    /** The map link: open, copy, and what the last click did. */
    public MapLinkViewModel mapLink() {
        return mapLink;
    }

    // ---- loading -------------------------------------------------------------------------------------------

    private void load(String leadId, String what) {
        cards.cancel();
        requestedId = leadId;
        clearContent();
        errorMessage.set("");
        state.set(State.LOADING);
        statusText.set(Texts.get("card.loading", what));
        cards.load(leadId, this::fill, failure -> {
            errorMessage.set(UserMessages.describe(failure));
            statusText.set(Texts.get("card.loadFailed"));
            state.set(State.FAILED);
        });
    }

    private void fill(Lead loaded) {
        lead.set(loaded);
        String name = PropValues.text(loaded.props().get("$name"));
        title.set(name.isBlank() ? Texts.get("card.unnamed") : name);
        email.set(PropValues.text(loaded.props().get("$email")));
        phone.set(PropValues.text(loaded.props().get("$phone")));
        presence.set(loaded.presence());
        presenceText.set(LeadCardTexts.presence(loaded.presence()));
        presenceDetails.set(display.presenceDetails(loaded));
        idText.set(loaded.id());
        userIdText.set(loaded.userId() == null ? "" : loaded.userId());
        removedBadge.set(display.removedBadge(loaded));
        emailStatus.set(LeadCardTexts.emailStatus(loaded.emailStatus()));
        timezone.set(LeadCardTexts.timezone(loaded.timezoneOffset(), times.now()));
        location.set(LeadCardDisplay.location(loaded));
        String map = loaded.mapUrl() == null ? "" : loaded.mapUrl();
        mapUrl.set(map);
        mapOpenable.set(LeadCardTexts.isWebLink(map));
        properties.setAll(display.propertyRows(loaded));
        events.setAll(loaded.events().stream().map(display::eventRow).collect(Collectors.toList()));
        segments.setAll(
                loaded.segments().stream().map(LeadCardDisplay::segmentText).collect(Collectors.toList()));
        tags.setAll(loaded.tags());
        notes.setAll(loaded.notes().stream().map(display::note).collect(Collectors.toList()));
        cardAsOf.set(cards.fetchedAt(requestedId).orElseGet(times::now));
        cardAsOfText.set(Texts.get("walk.cardAsOf", FreshnessTexts.time(cardAsOf.get(), times)));
        statusText.set("");
        state.set(State.LOADED);
    }

    private void clearContent() {
        lead.set(null);
        for (ReadOnlyStringWrapper text : List.of(
                title,
                email,
                phone,
                presenceText,
                presenceDetails,
                idText,
                userIdText,
                removedBadge,
                emailStatus,
                timezone,
                location,
                mapUrl)) {
            text.set("");
        }
        presence.set(Presence.UNKNOWN);
        mapOpenable.set(false);
        cardAsOf.set(null);
        cardAsOfText.set("");
        properties.clear();
        events.clear();
        segments.clear();
        tags.clear();
        notes.clear();
    }

    private void copyIfKnown(String text) {
        if (text != null && !text.isBlank()) {
            clipboard.putText(text);
        }
    }

    // ---- properties ------------------------------------------------------------------------------------------

    /** The Conversations tab of the lead shown. */
    public CursorTabViewModel<ConversationRowViewModel> conversations() {
        return tabs.conversations();
    }

    /** The history of the lead shown (the Events tab's timeline). */
    public CursorTabViewModel<TimelineEventViewModel> eventTimeline() {
        return tabs.events();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State getState() {
        return state.get();
    }

    /** The lead shown; null while loading, failed or empty. */
    /** When the card shown was fetched from the server; null when none is shown. */
    public ReadOnlyObjectProperty<Instant> cardAsOfProperty() {
        return cardAsOf.getReadOnlyProperty();
    }

    /** E.g. "Card as of 14:33"; empty when no card is shown. */
    public ReadOnlyStringProperty cardAsOfTextProperty() {
        return cardAsOfText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Lead> leadProperty() {
        return lead.getReadOnlyProperty();
    }

    /** What the card says instead of a lead: "Select a lead…", "Loading …", or why it failed. */
    public ReadOnlyStringProperty statusTextProperty() {
        return statusText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorMessageProperty() {
        return errorMessage.getReadOnlyProperty();
    }

    public String getErrorMessage() {
        return errorMessage.get();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emailProperty() {
        return email.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phoneProperty() {
        return phone.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Presence> presenceProperty() {
        return presence.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty presenceTextProperty() {
        return presenceText.getReadOnlyProperty();
    }

    /** Page, URL and session start of an online or idle lead, one per line. */
    public ReadOnlyStringProperty presenceDetailsProperty() {
        return presenceDetails.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty idTextProperty() {
        return idText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty userIdTextProperty() {
        return userIdText.getReadOnlyProperty();
    }

    /** Says when and why the lead was removed; empty for a live lead. */
    public ReadOnlyStringProperty removedBadgeProperty() {
        return removedBadge.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emailStatusProperty() {
        return emailStatus.getReadOnlyProperty();
    }

    /** The lead's time zone and local time now. */
    public ReadOnlyStringProperty timezoneProperty() {
        return timezone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty mapUrlProperty() {
        return mapUrl.getReadOnlyProperty();
    }

    /** Whether the map link may be opened in the browser (http or https only). */
    public ReadOnlyBooleanProperty mapOpenableProperty() {
        return mapOpenable.getReadOnlyProperty();
    }

    /** The text the Properties tab is searched with. */
    public StringProperty propertySearchProperty() {
        return propertySearch;
    }

    /** All properties: system, then event, then custom. */
    public ObservableList<PropertyRowViewModel> getProperties() {
        return propertiesView;
    }

    /** The properties matching the search text. */
    public ObservableList<PropertyRowViewModel> getShownProperties() {
        return shownProperties;
    }

    public ObservableList<EventRowViewModel> getEvents() {
        return eventsView;
    }

    public ObservableList<String> getSegments() {
        return segmentsView;
    }

    public ObservableList<String> getTags() {
        return tagsView;
    }

    public ObservableList<NoteViewModel> getNotes() {
        return notesView;
    }
}
