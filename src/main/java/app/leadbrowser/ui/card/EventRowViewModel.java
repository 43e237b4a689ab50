package app.leadbrowser.ui.card;

import java.time.Instant;

/** One event type on the card's Events tab: name, how often, first and last time (with their texts). */
public record EventRowViewModel(
        String name, long count, Instant first, Instant last, String firstText, String lastText) {}
