package app.leadbrowser.sandbox;

import java.util.List;

/**
 * The countries the demo leads come from: their share of leads, first names and surnames, cities with map positions
 * and time zones, mail domains and phone prefixes. The tables are {@link CyrillicCountries} and {@link LatinCountries}.
 */
final class DemoCountries {
    private DemoCountries() {}

    /** A city with its map position and UTC offset in minutes. */
    record City(String name, String region, double lat, double lon, int utcOffsetMinutes) {}

    /**
     * A country the demo leads come from; {@code weight} is its share of leads; {@code femaleSurnames} says
     * whether surnames take a female form (Russian {@code -ов → -ова}).
     */
    record Country(
            String name,
            int weight,
            List<String> maleNames,
            List<String> femaleNames,
            List<String> surnames,
            boolean femaleSurnames,
            List<City> cities,
            List<String> mailDomains,
            String phonePrefix) {}

    /** In this order, which the seeded generator's choices depend on. */
    static final List<Country> COUNTRIES = List.of(
            CyrillicCountries.RUSSIA,
            LatinCountries.UNITED_STATES,
            LatinCountries.UNITED_KINGDOM,
            LatinCountries.GERMANY,
            LatinCountries.FRANCE,
            LatinCountries.SPAIN,
            CyrillicCountries.KAZAKHSTAN,
            LatinCountries.BRAZIL,
            LatinCountries.JAPAN,
            LatinCountries.INDIA,
            LatinCountries.POLAND,
            LatinCountries.TURKEY);
}
