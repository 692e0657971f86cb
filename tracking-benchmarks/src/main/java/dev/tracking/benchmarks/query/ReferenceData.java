package dev.tracking.benchmarks.query;

import java.util.List;

/**
 * The fixed vocabularies the generated shipments draw from: carriers of the schema's reference data, airports the
 * built-in time zones know, consignee and shipper names, HAWB number prefixes and currencies.
 */
final class ReferenceData {

    /** A carrier of {@code R__reference_data.sql}: designator, AWB prefix, and a relative share of the MAWBs. */
    record Carrier(String designator, String awbPrefix, int weight) {
    }

    /** An airport with a relative share of the arrivals and the currency its bills are in. */
    record Airport(String code, int weight, String currency) {
    }

    static final List<Carrier> CARRIERS = List.of(
            new Carrier("EK", "176", 120), new Carrier("QR", "157", 110), new Carrier("LH", "020", 100),
            new Carrier("CX", "160", 95), new Carrier("TK", "235", 90), new Carrier("5X", "406", 80),
            new Carrier("FX", "023", 80), new Carrier("CV", "172", 70), new Carrier("KE", "180", 65),
            new Carrier("SQ", "618", 60), new Carrier("AF", "057", 55), new Carrier("KL", "074", 55),
            new Carrier("EY", "607", 50), new Carrier("CI", "297", 45), new Carrier("BR", "695", 45),
            new Carrier("PO", "403", 40), new Carrier("AA", "001", 35), new Carrier("UA", "016", 35),
            new Carrier("DL", "006", 30), new Carrier("BA", "125", 30), new Carrier("CA", "999", 30),
            new Carrier("CZ", "784", 30), new Carrier("MU", "781", 25), new Carrier("NH", "205", 25),
            new Carrier("OZ", "988", 25), new Carrier("LX", "724", 20), new Carrier("ET", "071", 20),
            new Carrier("SV", "065", 15), new Carrier("JL", "131", 15), new Carrier("AC", "014", 15),
            new Carrier("LA", "045", 10), new Carrier("AI", "098", 10), new Carrier("QF", "081", 10));

    /** 40 destinations with a long-tailed share (the first few hubs take most of the arrivals). */
    static final List<Airport> DESTINATIONS = List.of(
            new Airport("JFK", 400, "USD"), new Airport("ORD", 330, "USD"), new Airport("LAX", 300, "USD"),
            new Airport("MIA", 220, "USD"), new Airport("ATL", 180, "USD"), new Airport("DFW", 160, "USD"),
            new Airport("FRA", 150, "EUR"), new Airport("AMS", 120, "EUR"), new Airport("LHR", 115, "GBP"),
            new Airport("CDG", 105, "EUR"), new Airport("SFO", 95, "USD"), new Airport("EWR", 90, "USD"),
            new Airport("IAH", 80, "USD"), new Airport("SEA", 70, "USD"), new Airport("BOS", 60, "USD"),
            new Airport("MUC", 55, "EUR"), new Airport("YYZ", 50, "CAD"), new Airport("LEJ", 45, "EUR"),
            new Airport("CGN", 40, "EUR"), new Airport("MEM", 38, "USD"), new Airport("SDF", 35, "USD"),
            new Airport("ANC", 32, "USD"), new Airport("DXB", 30, "AED"), new Airport("SIN", 28, "SGD"),
            new Airport("HKG", 26, "HKD"), new Airport("ICN", 24, "KRW"), new Airport("NRT", 22, "JPY"),
            new Airport("MXP", 20, "EUR"), new Airport("BRU", 18, "EUR"), new Airport("LUX", 16, "EUR"),
            new Airport("MAD", 14, "EUR"), new Airport("ZRH", 12, "CHF"), new Airport("VIE", 10, "EUR"),
            new Airport("CPH", 9, "DKK"), new Airport("GRU", 8, "BRL"), new Airport("MEX", 7, "MXN"),
            new Airport("SYD", 6, "AUD"), new Airport("JNB", 5, "ZAR"), new Airport("DEL", 4, "INR"),
            new Airport("NBO", 3, "KES"));

    /** Export hubs the shipments leave from (a shipment's origin never equals its destination). */
    static final List<String> ORIGINS = List.of("PVG", "HKG", "CAN", "SZX", "PEK", "TPE", "ICN", "NRT", "SIN",
            "BKK", "KUL", "SGN", "HAN", "DEL", "BOM", "MAA", "BLR", "DXB", "IST", "FRA", "AMS", "CDG", "MXP",
            "LHR", "MAD", "GRU", "BOG", "SCL", "MEX", "JNB", "NBO", "ADD", "CMB", "DAC", "KHI", "MNL", "CGK");

    private static final List<String> NAME_STEMS = List.of("Atlas", "Borealis", "Cascade", "Delta", "Everest",
            "Falcon", "Granite", "Harbor", "Ironwood", "Juniper", "Keystone", "Lakeside", "Meridian", "Northwind",
            "Orchid", "Pacific", "Quantum", "Redwood", "Summit", "Tidewater", "Unity", "Vanguard", "Westfield",
            "Yellowstone", "Zenith", "Müller", "Schneider", "Tanaka", "Nakamura", "Rossi", "Dubois", "García",
            "Novak", "Kowalski", "Jensen", "Larsen", "Okafor", "Mensah", "Haddad", "Singh");
    private static final List<String> NAME_TRADES = List.of("Hydraulics", "Electronics", "Apparel", "Foods",
            "Pharma", "Auto Parts", "Textiles", "Machinery", "Logistics", "Medical", "Toys", "Furniture",
            "Semiconductors", "Cosmetics", "Optics", "Tools");
    private static final List<String> NAME_FORMS = List.of("Inc.", "LLC", "GmbH", "Ltd", "S.A.", "B.V.",
            "Co., Ltd.", "Corp.", "AG", "& Söhne");

    /** HAWB numbers start with the house forwarder's code. */
    static final List<String> HOUSE_PREFIXES = List.of("HAM", "MUC", "SHA", "HKG", "NYC", "CHI", "LAX", "AMS",
            "SIN", "DXB", "TYO", "SEL");

    /** Company name number {@code n} of the {@link #companyNameCount()} distinct ones. */
    static String companyName(int n) {
        int stem = n % NAME_STEMS.size();
        int trade = (n / NAME_STEMS.size()) % NAME_TRADES.size();
        int form = (n / (NAME_STEMS.size() * NAME_TRADES.size())) % NAME_FORMS.size();
        return NAME_STEMS.get(stem) + " " + NAME_TRADES.get(trade) + " " + NAME_FORMS.get(form);
    }

    static int companyNameCount() {
        return NAME_STEMS.size() * NAME_TRADES.size() * NAME_FORMS.size();
    }

    private ReferenceData() {
    }
}
