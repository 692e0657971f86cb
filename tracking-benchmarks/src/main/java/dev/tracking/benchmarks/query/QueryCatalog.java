package dev.tracking.benchmarks.query;

import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.domain.mawb.MawbSortField;
import dev.tracking.core.domain.status.ShipmentStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The MAWB lists measured: the typical filters of a forwarder's screens (status and destination, arrivals of the next
 * days, last free day coming up, AWB number search), newest first unless said otherwise, with the indexes meant to
 * serve each. The search values are taken from the generated data.
 */
final class QueryCatalog {

    static final String BUSY_DESTINATION = "JFK";

    /** The trigram indexes of the MAWB list's text search (substrings of numbers and names; pg_trgm). */
    static final Set<String> TEXT_SEARCH_INDEXES = Set.of("mawbs_awb_number_trgm_idx", "mawbs_awb_digits_trgm_idx",
            "mawbs_consignee_name_trgm_idx", "hawbs_hawb_number_trgm_idx");

    /** The index of a whole AWB number, or one typed from its start with the dash (a prefix). */
    static final Set<String> AWB_PREFIX_INDEXES = Set.of("mawbs_awb_number_prefix_idx");

    /** The indexes of the status + destination filter, newest first. */
    static final Set<String> STATUS_DESTINATION_INDEXES = Set.of("mawbs_status_destination_created_idx",
            "mawbs_status_destination_idx");

    /** The indexes the dashboard's queries are meant to use. */
    static final Set<String> DASHBOARD_INDEXES = Set.of("mawbs_status_destination_idx", "mawbs_eta_idx",
            "mawbs_undelivered_last_free_day_idx", "bills_open_idx");

    private QueryCatalog() {
    }

    static List<ListQuery> queries(ShipmentGenerator generator) {
        Instant now = generator.now();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        AirportCode busy = AirportCode.of(BUSY_DESTINATION);
        MawbCriteria any = MawbCriteria.any();
        String fullNumber = sampleNumber(generator, "176", generator.mawbs() / 3);
        String serial = generator.awbNumber(2 * generator.mawbs() / 3).substring(4);
        String houseNumber = generator.shipment(generator.mawbs() / 2 & ~1).house().number();
        MawbSort byEta = new MawbSort(MawbSortField.ETA, SortDirection.ASC);

        List<ListQuery> queries = new ArrayList<>();
        queries.add(new ListQuery("all, newest first", any, MawbSort.NEWEST_FIRST,
                Set.of("mawbs_created_at_idx"), true));
        queries.add(new ListQuery("status DELIVERED + destination " + busy,
                any.withStatuses(EnumSet.of(ShipmentStatus.DELIVERED)).withDestination(busy), MawbSort.NEWEST_FIRST,
                STATUS_DESTINATION_INDEXES, true));
        queries.add(new ListQuery("status ARRIVED/RCF/NOTIFIED + destination " + busy,
                any.withStatuses(EnumSet.of(ShipmentStatus.ARRIVED, ShipmentStatus.RECEIVED_AT_DESTINATION,
                        ShipmentStatus.NOTIFIED)).withDestination(busy), MawbSort.NEWEST_FIRST,
                STATUS_DESTINATION_INDEXES, true));
        queries.add(new ListQuery("ETA next 7 days", any.withEta(now, now.plus(Duration.ofDays(7))),
                MawbSort.NEWEST_FIRST, Set.of("mawbs_eta_idx", "mawbs_created_at_idx"), true));
        queries.add(new ListQuery("ETA next 7 days, by ETA", any.withEta(now, now.plus(Duration.ofDays(7))), byEta,
                Set.of("mawbs_eta_idx"), true));
        queries.add(new ListQuery("last free day today..+3", any.withLastFreeDay(today, today.plusDays(3)),
                MawbSort.NEWEST_FIRST, Set.of("mawbs_last_free_day_idx"), true));
        queries.add(new ListQuery("AWB number " + fullNumber, any.withText(fullNumber), MawbSort.NEWEST_FIRST,
                AWB_PREFIX_INDEXES, false));
        queries.add(new ListQuery("AWB number part " + fullNumber.substring(0, 8),
                any.withText(fullNumber.substring(0, 8)), MawbSort.NEWEST_FIRST, AWB_PREFIX_INDEXES, false));
        queries.add(new ListQuery("AWB serial " + serial, any.withText(serial), MawbSort.NEWEST_FIRST,
                TEXT_SEARCH_INDEXES, false));
        queries.add(new ListQuery("AWB number without dash " + fullNumber.replace("-", ""),
                any.withText(fullNumber.replace("-", "")), MawbSort.NEWEST_FIRST, AWB_PREFIX_INDEXES, false));
        queries.add(new ListQuery("HAWB number " + houseNumber, any.withText(houseNumber), MawbSort.NEWEST_FIRST,
                TEXT_SEARCH_INDEXES, false));
        queries.add(new ListQuery("consignee name part 'hydraulics'", any.withText("hydraulics"),
                MawbSort.NEWEST_FIRST, Set.of("mawbs_created_at_idx", "mawbs_consignee_name_trgm_idx"), true));
        return List.copyOf(queries);
    }

    /** The AWB number of the first MAWB from {@code from} on whose number has the prefix. */
    private static String sampleNumber(ShipmentGenerator generator, String prefix, int from) {
        for (int i = from; i < generator.mawbs(); i++) {
            String number = generator.awbNumber(i);
            if (number.startsWith(prefix)) {
                return number;
            }
        }
        return generator.awbNumber(from);
    }
}
