package dev.tracking.benchmarks.micro;

import dev.tracking.core.domain.audit.AuditAction;
import dev.tracking.core.domain.audit.AuditChain;
import dev.tracking.core.domain.audit.AuditDraft;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.FieldChange;
import dev.tracking.core.domain.audit.RecordFields;
import dev.tracking.core.domain.audit.Redaction;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.mawb.FlightLeg;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbDetails;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.party.Party;
import dev.tracking.core.domain.status.CustomsStatus;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.domain.status.StatusState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one audit entry costs the JVM: the field diff of a MAWB's status change (record reflection) and linking the
 * entry into the hash chain, against the baseline of one SHA-256 over text of the same length. The ingest benchmark
 * writes two entries per event (the event, the MAWB's status change).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AuditEntryBenchmark {

    private Mawb before;
    private Mawb after;
    private AuditDraft draft;
    private byte[] sameLengthText;
    private MessageDigest sha256;

    @Setup
    public void setUp() throws NoSuchAlgorithmException {
        Instant created = Instant.parse("2026-11-19T08:00:00Z");
        OffsetDateTime departure = OffsetDateTime.parse("2026-11-20T10:00:00+01:00");
        MawbDetails details = new MawbDetails(AirportCode.of("FRA"), AirportCode.of("JFK"),
                new Party("Rheinmetall Pumpen GmbH", "Industriestr. 5", "Frankfurt", "DE", "export@pumpen.example"),
                new Party("Hudson Industrial Supply", "200 Water St", "New York", "US", "imports@hudson.example"),
                null, 12, Weight.kg("1250.5"), null, "Hydraulic pumps",
                List.of(FlightLeg.scheduled("LH400", "FRA", "JFK", departure,
                        departure.plusHours(9).withOffsetSameInstant(ZoneOffset.ofHours(-5)))),
                LocalDate.parse("2026-11-26"), null, List.of(), List.of());
        before = Mawb.create(new MawbId(UUID.randomUUID()), AwbNumber.parse("176-12345675"), "EK", details, created)
                .withVersion(4);
        after = before.withStatusState(new StatusState(ShipmentStatus.ARRIVED, Instant.parse("2026-11-21T02:10:00Z"),
                CustomsStatus.REPORTED), Instant.parse("2026-11-21T02:10:05Z")).withVersion(5);
        Map<String, FieldChange> changes = RecordFields.diff(before, after, Set.of(), Redaction.defaults());
        draft = new AuditDraft(Instant.parse("2026-11-21T02:10:05.123456Z"), "MAWB",
                ShipmentRef.of(new MawbId(UUID.randomUUID())).id().toString(), AuditAction.UPDATE, "feed.user",
                changes, "corr-1", Map.of("ip", "203.0.113.7"));
        AuditEntry linked = AuditChain.link(41, AuditChain.GENESIS, List.of(draft)).get(0);
        sameLengthText = (linked.toString()).getBytes(StandardCharsets.UTF_8);
        sha256 = MessageDigest.getInstance("SHA-256");
    }

    @Benchmark
    public String sha256Baseline() {
        return HexFormat.of().formatHex(sha256.digest(sameLengthText));
    }

    @Benchmark
    public List<AuditEntry> linkOneEntry() {
        return AuditChain.link(41, AuditChain.GENESIS, List.of(draft));
    }

    @Benchmark
    public Map<String, FieldChange> diffMawbStatusChange() {
        return RecordFields.diff(before, after, Set.of(), Redaction.defaults());
    }
}
