package dev.tracking.core.internal;

import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.port.out.AirportTimeZones;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The time zones of the major cargo airports (IANA zone ids, so daylight saving follows the tz database). */
public final class BuiltInAirportTimeZones implements AirportTimeZones {

    public static final BuiltInAirportTimeZones INSTANCE = new BuiltInAirportTimeZones();

    private final Map<String, ZoneId> zones = Map.ofEntries(
            Map.entry("ADD", "Africa/Addis_Ababa"),
            Map.entry("ADL", "Australia/Adelaide"),
            Map.entry("AFW", "America/Chicago"),
            Map.entry("AKL", "Pacific/Auckland"),
            Map.entry("AMS", "Europe/Amsterdam"),
            Map.entry("ANC", "America/Anchorage"),
            Map.entry("ARN", "Europe/Stockholm"),
            Map.entry("ATH", "Europe/Athens"),
            Map.entry("ATL", "America/New_York"),
            Map.entry("AUH", "Asia/Dubai"),
            Map.entry("BAH", "Asia/Bahrain"),
            Map.entry("BCN", "Europe/Madrid"),
            Map.entry("BKK", "Asia/Bangkok"),
            Map.entry("BLR", "Asia/Kolkata"),
            Map.entry("BNE", "Australia/Brisbane"),
            Map.entry("BOG", "America/Bogota"),
            Map.entry("BOM", "Asia/Kolkata"),
            Map.entry("BOS", "America/New_York"),
            Map.entry("BRU", "Europe/Brussels"),
            Map.entry("BSL", "Europe/Zurich"),
            Map.entry("BUD", "Europe/Budapest"),
            Map.entry("CAI", "Africa/Cairo"),
            Map.entry("CAN", "Asia/Shanghai"),
            Map.entry("CCU", "Asia/Kolkata"),
            Map.entry("CDG", "Europe/Paris"),
            Map.entry("CGK", "Asia/Jakarta"),
            Map.entry("CGN", "Europe/Berlin"),
            Map.entry("CGO", "Asia/Shanghai"),
            Map.entry("CLT", "America/New_York"),
            Map.entry("CMB", "Asia/Colombo"),
            Map.entry("CMN", "Africa/Casablanca"),
            Map.entry("CPH", "Europe/Copenhagen"),
            Map.entry("CTU", "Asia/Shanghai"),
            Map.entry("CVG", "America/New_York"),
            Map.entry("DAC", "Asia/Dhaka"),
            Map.entry("DEL", "Asia/Kolkata"),
            Map.entry("DEN", "America/Denver"),
            Map.entry("DFW", "America/Chicago"),
            Map.entry("DMM", "Asia/Riyadh"),
            Map.entry("DOH", "Asia/Qatar"),
            Map.entry("DTW", "America/Detroit"),
            Map.entry("DUB", "Europe/Dublin"),
            Map.entry("DWC", "Asia/Dubai"),
            Map.entry("DXB", "Asia/Dubai"),
            Map.entry("EMA", "Europe/London"),
            Map.entry("EWR", "America/New_York"),
            Map.entry("EZE", "America/Argentina/Buenos_Aires"),
            Map.entry("FCO", "Europe/Rome"),
            Map.entry("FRA", "Europe/Berlin"),
            Map.entry("GRU", "America/Sao_Paulo"),
            Map.entry("HAN", "Asia/Ho_Chi_Minh"),
            Map.entry("HEL", "Europe/Helsinki"),
            Map.entry("HHN", "Europe/Berlin"),
            Map.entry("HKG", "Asia/Hong_Kong"),
            Map.entry("HND", "Asia/Tokyo"),
            Map.entry("HNL", "Pacific/Honolulu"),
            Map.entry("HYD", "Asia/Kolkata"),
            Map.entry("IAD", "America/New_York"),
            Map.entry("IAH", "America/Chicago"),
            Map.entry("ICN", "Asia/Seoul"),
            Map.entry("ILN", "America/New_York"),
            Map.entry("ISB", "Asia/Karachi"),
            Map.entry("IST", "Europe/Istanbul"),
            Map.entry("JED", "Asia/Riyadh"),
            Map.entry("JFK", "America/New_York"),
            Map.entry("JNB", "Africa/Johannesburg"),
            Map.entry("KHI", "Asia/Karachi"),
            Map.entry("KIX", "Asia/Tokyo"),
            Map.entry("KTM", "Asia/Kathmandu"),
            Map.entry("KUL", "Asia/Kuala_Lumpur"),
            Map.entry("KWI", "Asia/Kuwait"),
            Map.entry("LAX", "America/Los_Angeles"),
            Map.entry("LCK", "America/New_York"),
            Map.entry("LEJ", "Europe/Berlin"),
            Map.entry("LGG", "Europe/Brussels"),
            Map.entry("LHR", "Europe/London"),
            Map.entry("LIM", "America/Lima"),
            Map.entry("LIS", "Europe/Lisbon"),
            Map.entry("LOS", "Africa/Lagos"),
            Map.entry("LUX", "Europe/Luxembourg"),
            Map.entry("MAA", "Asia/Kolkata"),
            Map.entry("MAD", "Europe/Madrid"),
            Map.entry("MAN", "Europe/London"),
            Map.entry("MCT", "Asia/Muscat"),
            Map.entry("MEL", "Australia/Melbourne"),
            Map.entry("MEM", "America/Chicago"),
            Map.entry("MEX", "America/Mexico_City"),
            Map.entry("MIA", "America/New_York"),
            Map.entry("MNL", "Asia/Manila"),
            Map.entry("MSP", "America/Chicago"),
            Map.entry("MUC", "Europe/Berlin"),
            Map.entry("MXP", "Europe/Rome"),
            Map.entry("NBO", "Africa/Nairobi"),
            Map.entry("NGO", "Asia/Tokyo"),
            Map.entry("NRT", "Asia/Tokyo"),
            Map.entry("ONT", "America/Los_Angeles"),
            Map.entry("ORD", "America/Chicago"),
            Map.entry("OSL", "Europe/Oslo"),
            Map.entry("PEK", "Asia/Shanghai"),
            Map.entry("PEN", "Asia/Kuala_Lumpur"),
            Map.entry("PER", "Australia/Perth"),
            Map.entry("PHL", "America/New_York"),
            Map.entry("PHX", "America/Phoenix"),
            Map.entry("PKX", "Asia/Shanghai"),
            Map.entry("PRG", "Europe/Prague"),
            Map.entry("PTY", "America/Panama"),
            Map.entry("PVG", "Asia/Shanghai"),
            Map.entry("RFD", "America/Chicago"),
            Map.entry("RUH", "Asia/Riyadh"),
            Map.entry("SCL", "America/Santiago"),
            Map.entry("SDF", "America/Kentucky/Louisville"),
            Map.entry("SEA", "America/Los_Angeles"),
            Map.entry("SFO", "America/Los_Angeles"),
            Map.entry("SGN", "Asia/Ho_Chi_Minh"),
            Map.entry("SIN", "Asia/Singapore"),
            Map.entry("STN", "Europe/London"),
            Map.entry("SVO", "Europe/Moscow"),
            Map.entry("SYD", "Australia/Sydney"),
            Map.entry("SZX", "Asia/Shanghai"),
            Map.entry("TLV", "Asia/Jerusalem"),
            Map.entry("TPE", "Asia/Taipei"),
            Map.entry("TSN", "Asia/Shanghai"),
            Map.entry("UIO", "America/Guayaquil"),
            Map.entry("VCP", "America/Sao_Paulo"),
            Map.entry("VIE", "Europe/Vienna"),
            Map.entry("WAW", "Europe/Warsaw"),
            Map.entry("XIY", "Asia/Shanghai"),
            Map.entry("YUL", "America/Toronto"),
            Map.entry("YVR", "America/Vancouver"),
            Map.entry("YYZ", "America/Toronto"),
            Map.entry("ZAZ", "Europe/Madrid"),
            Map.entry("ZRH", "Europe/Zurich"))
            .entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> ZoneId.of(e.getValue())));

    private BuiltInAirportTimeZones() {
    }

    @Override
    public Optional<ZoneId> find(AirportCode airport) {
        return Optional.ofNullable(zones.get(airport.value()));
    }

    /** The airports this table knows, for documentation and tests. */
    public java.util.Set<String> airports() {
        return zones.keySet();
    }
}
