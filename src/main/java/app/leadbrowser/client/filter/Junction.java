package app.leadbrowser.client.filter;

/** How the conditions of a filter combine. */
public enum Junction {
    AND("and"),
    OR("or");

    private final String wireName;

    Junction(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
