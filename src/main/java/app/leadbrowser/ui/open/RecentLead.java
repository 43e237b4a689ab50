package app.leadbrowser.ui.open;

/** A lead whose card was opened: its id, name and email as the card showed them, and when (epoch milliseconds). */
public record RecentLead(String id, String name, String email, long openedAtMillis) {}
