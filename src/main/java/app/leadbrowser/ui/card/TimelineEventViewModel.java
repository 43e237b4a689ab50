package app.leadbrowser.ui.card;

/** One event in the card's history timeline: its type, when (exact and relative) and its properties in brief. */
public record TimelineEventViewModel(String id, String type, String timeText, String relativeText, String summary) {}
