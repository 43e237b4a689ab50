package app.leadbrowser.client;

/** The {@code sort_order} of the leads list. */
public enum SortOrder {
    ASC("asc"),
    DESC("desc");

    private final String wireName;

    SortOrder(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public SortOrder reversed() {
        return this == ASC ? DESC : ASC;
    }

    public static java.util.Optional<SortOrder> fromWireName(String name) {
        for (SortOrder order : values()) {
            if (order.wireName.equals(name)) {
                return java.util.Optional.of(order);
            }
        }
        return java.util.Optional.empty();
    }
}
