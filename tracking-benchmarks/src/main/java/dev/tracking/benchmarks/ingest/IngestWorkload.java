package dev.tracking.benchmarks.ingest;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.EventCode;
import dev.tracking.core.domain.event.EventSource;
import dev.tracking.core.domain.event.TimeType;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.FlightNumber;
import dev.tracking.core.port.in.event.RecordEventCommand;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A carrier feed as it arrives: every MAWB goes through the same ten FSU milestones, and the feed delivers them in
 * time order, so one batch holds one milestone of many MAWBs. A share of each batch repeats events of the batch before
 * (carriers resend), which dedupe must drop.
 *
 * @param batches the feed's batches, in order
 * @param unique  how many distinct events the feed holds (what ends up stored)
 */
public record IngestWorkload(List<List<RecordEventCommand>> batches, int unique) {

    /** The milestones of an import, origin to door, with the airport each happens at. */
    private static final String[] CODES = {"BKD", "RCS", "MAN", "DEP", "ARR", "RCF", "NFD", "AWD", "CCD", "DLV"};
    private static final boolean[] AT_ORIGIN = {true, true, true, true, false, false, false, false, false, false};

    public IngestWorkload {
        batches = List.copyOf(batches);
    }

    /**
     * {@code eventsPerMawb} milestones for each MAWB, in batches of {@code batchSize}, with {@code resendPercent} of
     * each batch's size added as repeats of the previous batch. Every event happened before {@code now}.
     */
    public static IngestWorkload generate(List<SeededMawb> mawbs, int eventsPerMawb, int batchSize, int resendPercent,
            Instant now, long seed) {
        if (eventsPerMawb < 1 || eventsPerMawb > CODES.length) {
            throw new IllegalArgumentException("eventsPerMawb must be 1.." + CODES.length);
        }
        Random random = new Random(seed);
        List<RecordEventCommand> feed = new ArrayList<>(mawbs.size() * eventsPerMawb);
        for (int step = 0; step < eventsPerMawb; step++) {
            for (SeededMawb mawb : mawbs) {
                feed.add(event(mawb, step, now, random));
            }
        }
        int resendPerBatch = batchSize * resendPercent / 100;
        int freshPerBatch = batchSize - resendPerBatch;
        List<List<RecordEventCommand>> batches = new ArrayList<>();
        List<RecordEventCommand> previous = List.of();
        for (int from = 0; from < feed.size(); from += freshPerBatch) {
            List<RecordEventCommand> batch = new ArrayList<>(feed.subList(from, Math.min(feed.size(),
                    from + freshPerBatch)));
            for (int i = 0; i < resendPerBatch && i < previous.size(); i++) {
                batch.add(previous.get(random.nextInt(previous.size())));
            }
            batches.add(List.copyOf(batch));
            previous = feed.subList(from, Math.min(feed.size(), from + freshPerBatch));
        }
        return new IngestWorkload(batches, feed.size());
    }

    public int total() {
        return batches.stream().mapToInt(List::size).sum();
    }

    /** Every event of the feed once, in feed order: the single-event path's input. */
    public List<RecordEventCommand> uniqueEvents() {
        return distinctBatches().stream().flatMap(List::stream).toList();
    }

    /** The batches without the repeats: the rows that end up stored, batch by batch. */
    public List<List<RecordEventCommand>> distinctBatches() {
        Set<String> seen = new HashSet<>();
        List<List<RecordEventCommand>> distinct = new ArrayList<>(batches.size());
        for (List<RecordEventCommand> batch : batches) {
            distinct.add(batch.stream().filter(e -> seen.add(e.subject().id() + "|" + e.effectiveDedupeKey()))
                    .toList());
        }
        return distinct;
    }

    private static RecordEventCommand event(SeededMawb mawb, int step, Instant now, Random random) {
        // milestones a few hours apart, the last one well before now
        Instant at = now.minusSeconds(3600L * 24 * 5).plusSeconds(3600L * 6 * step + random.nextInt(3600));
        ZoneOffset offset = AT_ORIGIN[step] ? ZoneOffset.ofHours(1) : ZoneOffset.ofHours(-5);
        AirportCode location = AT_ORIGIN[step] ? mawb.origin() : mawb.destination();
        FlightNumber flight = step >= 2 && step <= 4 ? FlightNumber.parse(mawb.flight(), FlightNumber.FIELD) : null;
        return new RecordEventCommand(ShipmentRef.of(mawb.id()), EventCode.of(CODES[step]), TimeType.ACTUAL,
                OffsetDateTime.ofInstant(at, offset), location, null, flight, EventSource.CARRIER, null, null, null);
    }

    /** A MAWB the benchmark created, with what its events need. */
    public record SeededMawb(MawbId id, AirportCode origin, AirportCode destination, String flight) {
    }
}
