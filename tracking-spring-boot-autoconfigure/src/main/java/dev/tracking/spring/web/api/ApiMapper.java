package dev.tracking.spring.web.api;

import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.audit.ChainVerification;
import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.OpenBillTotal;
import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.carrier.TrackingEndpoint;
import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.FieldViolation;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.event.EventCode;
import dev.tracking.core.domain.event.EventSource;
import dev.tracking.core.domain.event.FsuCode;
import dev.tracking.core.domain.event.ShipmentPortion;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.filetype.FileType;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.hawb.HawbDetails;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.ContainerNumber;
import dev.tracking.core.domain.identifier.EquipmentId;
import dev.tracking.core.domain.identifier.FlightNumber;
import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobAttempt;
import dev.tracking.core.domain.mawb.Equipment;
import dev.tracking.core.domain.mawb.FlightLeg;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbDetails;
import dev.tracking.core.domain.mawb.Reference;
import dev.tracking.core.domain.measure.Money;
import dev.tracking.core.domain.measure.Volume;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.party.Party;
import dev.tracking.core.domain.permission.RoleGrant;
import dev.tracking.core.domain.permission.UserOverride;
import dev.tracking.core.domain.status.CustomsStatus;
import dev.tracking.core.domain.workflow.Applicability;
import dev.tracking.core.domain.workflow.CompletedStep;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.domain.workflow.WorkflowStatus;
import dev.tracking.core.domain.workflow.WorkflowStep;
import dev.tracking.core.port.in.dashboard.DashboardStatistics;
import dev.tracking.core.port.in.event.EventOutcome;
import dev.tracking.core.port.in.event.RecordEventCommand;
import dev.tracking.core.port.in.event.RecordEventsResult;
import dev.tracking.core.port.in.job.JobDetails;
import dev.tracking.core.port.in.job.JobStatistics;
import dev.tracking.core.port.in.workflow.DefineWorkflowCommand;
import dev.tracking.spring.web.api.dto.AttachmentResponse;
import dev.tracking.spring.web.api.dto.AuditEntryResponse;
import dev.tracking.spring.web.api.dto.BillResponse;
import dev.tracking.spring.web.api.dto.CarrierResponse;
import dev.tracking.spring.web.api.dto.ChainVerificationResponse;
import dev.tracking.spring.web.api.dto.CompletedStepDto;
import dev.tracking.spring.web.api.dto.DashboardResponse;
import dev.tracking.spring.web.api.dto.DefineWorkflowRequest;
import dev.tracking.spring.web.api.dto.EquipmentDto;
import dev.tracking.spring.web.api.dto.EventOutcomeResponse;
import dev.tracking.spring.web.api.dto.EventResponse;
import dev.tracking.spring.web.api.dto.FieldChangeDto;
import dev.tracking.spring.web.api.dto.FileTypeResponse;
import dev.tracking.spring.web.api.dto.FlightLegDto;
import dev.tracking.spring.web.api.dto.HawbDetailsFields;
import dev.tracking.spring.web.api.dto.HawbResponse;
import dev.tracking.spring.web.api.dto.JobAttemptDto;
import dev.tracking.spring.web.api.dto.JobDetailsResponse;
import dev.tracking.spring.web.api.dto.JobResponse;
import dev.tracking.spring.web.api.dto.JobStatisticsResponse;
import dev.tracking.spring.web.api.dto.MawbDetailsFields;
import dev.tracking.spring.web.api.dto.MawbResponse;
import dev.tracking.spring.web.api.dto.MoneyDto;
import dev.tracking.spring.web.api.dto.OpenBillTotalDto;
import dev.tracking.spring.web.api.dto.PartyDto;
import dev.tracking.spring.web.api.dto.PortionDto;
import dev.tracking.spring.web.api.dto.RecordEventRequest;
import dev.tracking.spring.web.api.dto.RecordEventsResponse;
import dev.tracking.spring.web.api.dto.ReferenceDto;
import dev.tracking.spring.web.api.dto.ReminderDto;
import dev.tracking.spring.web.api.dto.RoleGrantResponse;
import dev.tracking.spring.web.api.dto.ShipmentRefDto;
import dev.tracking.spring.web.api.dto.StepDto;
import dev.tracking.spring.web.api.dto.TrackingEndpointRequest;
import dev.tracking.spring.web.api.dto.TrackingEndpointResponse;
import dev.tracking.spring.web.api.dto.UnmetRequirementDto;
import dev.tracking.spring.web.api.dto.UserOverrideResponse;
import dev.tracking.spring.web.api.dto.VolumeDto;
import dev.tracking.spring.web.api.dto.WeightDto;
import dev.tracking.spring.web.api.dto.WorkflowDefinitionDto;
import dev.tracking.spring.web.api.dto.WorkflowStepDto;
import dev.tracking.spring.web.api.dto.WorkflowStatusResponse;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Maps explicitly between the API's request and response records and the core's domain types. Requests are checked
 * field by field, so a bad request hears about every offending field at once, each named by its JSON path.
 */
public final class ApiMapper {

    private ApiMapper() {
    }

    // ------------------------------------------------------------------------------------------------- common

    /** An instant as an ISO-8601 date-time in UTC ({@code Z}); null stays null. */
    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** An optional instant from a query parameter. */
    public static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    static MoneyDto money(Money money) {
        return money == null ? null : new MoneyDto(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }

    static Money money(Fields f, MoneyDto dto, String field) {
        if (!f.present(dto, field)) {
            return null;
        }
        if (!f.present(dto.amount(), field + ".amount") | !f.present(dto.currency(), field + ".currency")) {
            return null;
        }
        return f.get(field, () -> Money.of(dto.amount(), dto.currency()));
    }

    static WeightDto weight(Weight weight) {
        return weight == null ? null : new WeightDto(weight.amount().toPlainString(), weight.unit());
    }

    static Weight weight(Fields f, WeightDto dto, String field) {
        if (dto == null) {
            return null;
        }
        BigDecimal amount = f.decimal(dto.amount(), field + ".amount");
        boolean unit = f.present(dto.unit(), field + ".unit");
        if (amount == null || !unit) {
            return null;
        }
        return f.get(null, () -> rename(() -> new Weight(amount, dto.unit()), Weight.FIELD, field));
    }

    static VolumeDto volume(Volume volume) {
        return volume == null ? null : new VolumeDto(volume.amount().toPlainString(), volume.unit());
    }

    static Volume volume(Fields f, VolumeDto dto, String field) {
        if (dto == null) {
            return null;
        }
        BigDecimal amount = f.decimal(dto.amount(), field + ".amount");
        boolean unit = f.present(dto.unit(), field + ".unit");
        if (amount == null || !unit) {
            return null;
        }
        return f.get(null, () -> rename(() -> new Volume(amount, dto.unit()), Volume.FIELD, field));
    }

    static PartyDto party(Party party) {
        return party == null ? null
                : new PartyDto(party.name(), party.address(), party.city(), party.countryCode(), party.contact());
    }

    static Party party(Fields f, PartyDto dto, String field, boolean required) {
        if (dto == null) {
            if (required) {
                f.present(null, field);
            }
            return null;
        }
        return f.get(field, () -> new Party(dto.name(), dto.address(), dto.city(), dto.countryCode(), dto.contact()));
    }

    static AirportCode airport(Fields f, String code, String field, boolean required) {
        if (code == null) {
            if (required) {
                f.present(null, field);
            }
            return null;
        }
        return f.get(null, () -> AirportCode.parse(code, field));
    }

    static ShipmentRefDto ref(ShipmentRef ref) {
        return new ShipmentRefDto(ref.kind(), ref.id());
    }

    /** Runs {@code supplier}, renaming the field {@code from} of its violations to {@code to}. */
    private static <T> T rename(java.util.function.Supplier<T> supplier, String from, String to) {
        try {
            return supplier.get();
        } catch (ValidationException e) {
            throw new ValidationException(e.violations().stream()
                    .map(v -> v.field().equals(from) ? new FieldViolation(to, v.message()) : v)
                    .toList());
        }
    }

    // -------------------------------------------------------------------------------------------------- MAWBs

    /** The details a MAWB request states; every offending field is named. Without customs: NOT_REPORTED. */
    public static MawbDetails mawbDetails(MawbDetailsFields r) {
        return mawbDetails(r, null);
    }

    /**
     * The details a MAWB request states; every offending field is named. Without customs in the request,
     * {@code currentCustoms} (may be null) is kept: events move it, so an update need not restate it.
     */
    public static MawbDetails mawbDetails(MawbDetailsFields r, CustomsStatus currentCustoms) {
        Fields f = new Fields();
        AirportCode origin = airport(f, r.origin(), "origin", true);
        AirportCode destination = airport(f, r.destination(), "destination", true);
        Party shipper = party(f, r.shipper(), "shipper", true);
        Party consignee = party(f, r.consignee(), "consignee", true);
        Party notifyParty = party(f, r.notifyParty(), "notifyParty", false);
        f.present(r.pieces(), "pieces");
        boolean weightGiven = f.present(r.weight(), "weight");
        Weight weight = weightGiven ? weight(f, r.weight(), "weight") : null;
        Volume volume = volume(f, r.volume(), "volume");
        List<FlightLeg> flights = new ArrayList<>();
        List<FlightLegDto> legs = r.flights() == null ? List.of() : r.flights();
        for (int i = 0; i < legs.size(); i++) {
            flights.add(flightLeg(f, legs.get(i), "flights[" + i + "]"));
        }
        List<Equipment> equipment = new ArrayList<>();
        List<EquipmentDto> units = r.equipment() == null ? List.of() : r.equipment();
        for (int i = 0; i < units.size(); i++) {
            String field = "equipment[" + i + "]";
            EquipmentDto unit = units.get(i);
            if (f.present(unit, field) && f.present(unit.id(), field + ".id")) {
                equipment.add(f.get(field, () -> new Equipment(EquipmentId.parse(unit.id(), "id"),
                        unit.sealNumber())));
            }
        }
        List<Reference> references = new ArrayList<>();
        List<ReferenceDto> refs = r.references() == null ? List.of() : r.references();
        for (int i = 0; i < refs.size(); i++) {
            String field = "references[" + i + "]";
            ReferenceDto reference = refs.get(i);
            if (f.present(reference, field)) {
                references.add(f.get(field, () -> new Reference(reference.type(), reference.value())));
            }
        }
        f.orThrow();
        return new MawbDetails(origin, destination, shipper, consignee, notifyParty, r.pieces(), weight, volume,
                r.commodity(), flights, r.lastFreeDay(), r.customs() != null ? r.customs() : currentCustoms, equipment,
                references);
    }

    private static FlightLeg flightLeg(Fields f, FlightLegDto leg, String field) {
        if (!f.present(leg, field)) {
            return null;
        }
        return f.get(field, () -> new FlightLeg(
                FlightNumber.parse(Check.required(leg.flight(), "flight"), "flight"),
                AirportCode.parse(Check.required(leg.from(), "from"), "from"),
                AirportCode.parse(Check.required(leg.to(), "to"), "to"),
                leg.etd(), leg.eta(), leg.atd(), leg.ata()));
    }

    public static MawbResponse mawb(Mawb m) {
        MawbDetails d = m.details();
        List<FlightLeg> flights = d.flights();
        OffsetDateTime etd = flights.isEmpty() ? null : flights.get(0).etd();
        OffsetDateTime eta = flights.isEmpty() ? null : flights.get(flights.size() - 1).eta();
        return new MawbResponse(m.id().value(), m.number().toString(), m.carrier(), m.status(), utc(m.statusAsOf()),
                d.origin().value(), d.destination().value(), party(d.shipper()), party(d.consignee()),
                party(d.notifyParty()), d.pieces(), weight(d.weight()), volume(d.volume()), d.commodity(),
                flights.stream().map(l -> new FlightLegDto(l.flight().value(), l.from().value(), l.to().value(),
                        l.etd(), l.eta(), l.atd(), l.ata())).toList(),
                etd, eta, d.lastFreeDay(), d.customs(),
                d.equipment().stream().map(e -> new EquipmentDto(e.id().value(),
                        e.id() instanceof ContainerNumber ? "CONTAINER" : "ULD", e.sealNumber())).toList(),
                d.references().stream().map(x -> new ReferenceDto(x.type(), x.value())).toList(),
                utc(m.createdAt()), utc(m.updatedAt()), m.version());
    }

    // -------------------------------------------------------------------------------------------------- HAWBs

    public static HawbDetails hawbDetails(HawbDetailsFields r) {
        Fields f = new Fields();
        Party shipper = party(f, r.shipper(), "shipper", true);
        Party consignee = party(f, r.consignee(), "consignee", true);
        Party notifyParty = party(f, r.notifyParty(), "notifyParty", false);
        f.present(r.pieces(), "pieces");
        Weight weight = f.present(r.weight(), "weight") ? weight(f, r.weight(), "weight") : null;
        f.orThrow();
        return new HawbDetails(shipper, consignee, notifyParty, r.pieces(), weight, r.description());
    }

    public static HawbResponse hawb(Hawb h) {
        HawbDetails d = h.details();
        return new HawbResponse(h.id().value(), h.mawbId().value(), h.number().value(), h.status(),
                utc(h.statusAsOf()), party(d.shipper()), party(d.consignee()), party(d.notifyParty()), d.pieces(),
                weight(d.weight()), d.description(), utc(h.createdAt()), utc(h.updatedAt()), h.version());
    }

    // ------------------------------------------------------------------------------------------------- events

    /** One event of a request about {@code subject}; violations are named under {@code prefix} (may be null). */
    public static RecordEventCommand event(ShipmentRef subject, RecordEventRequest r, String prefix) {
        Fields f = new Fields();
        RecordEventCommand command = f.get(prefix, () -> event(subject, r));
        f.orThrow();
        return command;
    }

    private static RecordEventCommand event(ShipmentRef subject, RecordEventRequest r) {
        if (r == null) {
            throw new ValidationException(dev.tracking.spring.web.JsonBindingErrors.BODY, "must be an event");
        }
        Fields f = new Fields();
        EventCode code = f.present(r.code(), "code") ? f.get(null, () -> EventCode.of(r.code())) : null;
        f.present(r.timeType(), "timeType");
        f.present(r.occurredAt(), "occurredAt");
        AirportCode location = airport(f, r.location(), "location", false);
        ShipmentPortion portion = null;
        PortionDto p = r.portion();
        if (p != null) {
            boolean type = f.present(p.type(), "portion.type");
            boolean pieces = f.present(p.pieces(), "portion.pieces");
            Weight weight = weight(f, p.weight(), "portion.weight");
            if (type && pieces) {
                portion = f.get(null, () -> new ShipmentPortion(p.type(), p.pieces(), weight));
            }
        }
        FlightNumber flight = r.flight() == null ? null : f.get(null, () -> FlightNumber.parse(r.flight(), "flight"));
        f.orThrow();
        EventSource source = r.source() == null ? EventSource.API : r.source();
        return new RecordEventCommand(subject, code, r.timeType(), r.occurredAt(), location, portion, flight, source,
                r.remarks(), r.metadata(), r.dedupeKey());
    }

    public static EventResponse event(TrackingEvent e) {
        ShipmentPortion p = e.portion();
        return new EventResponse(e.id().value(), ref(e.subject()), e.code().value(),
                e.code().fsu().map(FsuCode::description).orElse(null), e.timeType(), e.occurredAt(),
                e.location() == null ? null : e.location().value(),
                p == null ? null : new PortionDto(p.type(), p.pieces(), weight(p.weight())),
                e.flight() == null ? null : e.flight().value(), e.source(), e.remarks(), e.metadata(), e.dedupeKey(),
                utc(e.recordedAt()), e.recordedBy());
    }

    public static EventOutcomeResponse outcome(EventOutcome o) {
        return new EventOutcomeResponse(o.index(), o.outcome(), o.eventId() == null ? null : o.eventId().value(),
                o.dedupeKey());
    }

    public static RecordEventsResponse outcomes(RecordEventsResult result) {
        return new RecordEventsResponse(result.recorded(), result.duplicates(),
                result.outcomes().stream().map(ApiMapper::outcome).toList());
    }

    // ----------------------------------------------------------------------------------------------- workflows

    public static WorkflowStatusResponse workflow(WorkflowStatus s) {
        return new WorkflowStatusResponse(s.mawbId().value(), s.workflowCode(), s.workflowVersion(), step(s.current()),
                s.next().map(ApiMapper::step).orElse(null), s.finished(), s.mayAdvance(),
                s.unmet().stream().map(u -> new UnmetRequirementDto(u.requirement(), u.message())).toList(),
                s.history().stream().map(ApiMapper::completed).toList(),
                s.upcoming().stream().map(r -> new ReminderDto(r.kind(), utc(r.fireAt()))).toList(), s.version());
    }

    private static StepDto step(WorkflowStep step) {
        return new StepDto(step.code(), step.name(), step.position());
    }

    private static CompletedStepDto completed(CompletedStep c) {
        return new CompletedStepDto(c.code(), c.name(), utc(c.enteredAt()), c.enteredBy(), c.trigger(),
                c.triggerCode());
    }

    public static WorkflowDefinitionDto definition(WorkflowDefinition d) {
        return new WorkflowDefinitionDto(d.code(), d.version(), d.steps().stream()
                .map(s -> new WorkflowStepDto(s.code(), s.name(), s.position(), s.requiredFileTypes(),
                        s.requiredConditions(), s.entryActions(), s.advanceFeature(), s.advanceOnEvents(),
                        s.appliesWhen()))
                .toList());
    }

    public static DefineWorkflowCommand define(DefineWorkflowRequest r) {
        Fields f = new Fields();
        f.present(r.code(), "code");
        List<WorkflowStep> steps = new ArrayList<>();
        List<WorkflowStepDto> given = r.steps() == null ? List.of() : r.steps();
        for (int i = 0; i < given.size(); i++) {
            String field = "steps[" + i + "]";
            WorkflowStepDto s = given.get(i);
            if (f.present(s, field) && f.present(s.position(), field + ".position")) {
                steps.add(f.get(field, () -> new WorkflowStep(s.code(), s.name(), s.position(),
                        s.requiredFileTypes() == null ? Set.of() : s.requiredFileTypes(),
                        s.requiredConditions() == null ? Set.of() : s.requiredConditions(),
                        s.entryActions() == null ? List.of() : s.entryActions(),
                        s.advanceFeature() == null ? "workflow.advance" : s.advanceFeature(),
                        s.advanceOnEvents() == null ? Set.of() : s.advanceOnEvents(),
                        s.appliesWhen() == null ? Applicability.ALWAYS : s.appliesWhen())));
            }
        }
        f.orThrow();
        return new DefineWorkflowCommand(r.code(), steps);
    }

    // ---------------------------------------------------------------------------------------------------- jobs

    public static JobResponse job(Job j) {
        return new JobResponse(j.id(), j.type(), j.payload(), utc(j.runAt()), j.status(), j.attempts(),
                j.maxAttempts(), j.lastError(), j.idempotencyKey(), j.leaseOwner(), utc(j.leaseExpiresAt()),
                utc(j.createdAt()), utc(j.updatedAt()));
    }

    public static JobDetailsResponse job(JobDetails details) {
        return new JobDetailsResponse(job(details.job()), details.attempts().stream().map(ApiMapper::attempt).toList());
    }

    private static JobAttemptDto attempt(JobAttempt a) {
        return new JobAttemptDto(a.attempt(), a.owner(), utc(a.startedAt()), utc(a.finishedAt()), a.outcome(),
                a.error());
    }

    public static JobStatisticsResponse statistics(JobStatistics s, Set<String> pausedTypes) {
        return new JobStatisticsResponse(new TreeMap<>(s.countsByStatus()), s.oldestDueLag().toString(),
                new java.util.TreeSet<>(pausedTypes));
    }

    // ------------------------------------------------------------------------------------ carriers, file types

    public static CarrierResponse carrier(Carrier c) {
        TrackingEndpoint e = c.trackingEndpoint();
        return new CarrierResponse(c.code().designator(), c.code().awbPrefix(), c.name(), c.active(),
                e == null ? null : new TrackingEndpointResponse(e.url().toString(), e.username(), e.apiKey() != null),
                c.version());
    }

    /**
     * The endpoint a request states, or null; without an API key the one of {@code current} (may be null) is kept,
     * because responses never show it.
     */
    static TrackingEndpoint endpoint(Fields f, TrackingEndpointRequest r, TrackingEndpoint current) {
        if (r == null) {
            return null;
        }
        if (!f.present(r.url(), "trackingEndpoint.url")) {
            return null;
        }
        URI url;
        try {
            url = new URI(r.url().strip());
        } catch (URISyntaxException e) {
            f.add("trackingEndpoint.url", "must be an http or https address");
            return null;
        }
        String apiKey = r.apiKey() != null ? r.apiKey() : current == null ? null : current.apiKey();
        return f.get(null, () -> new TrackingEndpoint(url, r.username(), apiKey));
    }

    public static FileTypeResponse fileType(FileType t) {
        return new FileTypeResponse(t.code(), t.name(), t.extensions(), t.mediaTypes(), t.maxSizeBytes(), t.version());
    }

    // -------------------------------------------------------------------------------------- bills, attachments

    public static BillResponse bill(Bill b) {
        return new BillResponse(b.id().value(), b.mawbId().value(), b.type(), money(b.amount()), b.dueDate(),
                b.status(), b.paymentReference(), utc(b.paidAt()), utc(b.createdAt()), b.version());
    }

    public static AttachmentResponse attachment(Attachment a) {
        return new AttachmentResponse(a.id().value(), ref(a.owner()), a.fileTypeCode(), a.fileName(), a.mediaType(),
                a.sizeBytes(), a.sha256(), a.uploadedBy(), utc(a.uploadedAt()),
                ApiPaths.BASE + "/attachments/" + a.id() + "/content");
    }

    // ------------------------------------------------------------------------------------- dashboard, audit

    public static DashboardResponse dashboard(DashboardStatistics s) {
        List<OpenBillTotalDto> open = new ArrayList<>();
        for (OpenBillTotal total : s.openIscBills()) {
            open.add(new OpenBillTotalDto(total.currency().getCurrencyCode(), total.count(),
                    money(new Money(total.total(), total.currency()))));
        }
        return new DashboardResponse(new TreeMap<>(s.countsByStatus()), s.arrivingToday(),
                s.lastFreeDayWithin3Days(), s.lastFreeDayOverdue(), s.openIscBillCount(), open, utc(s.asOf()));
    }

    public static AuditEntryResponse audit(AuditEntry e) {
        Map<String, FieldChangeDto> changes = new LinkedHashMap<>();
        e.changes().forEach((field, change) -> changes.put(field, new FieldChangeDto(change.before(), change.after())));
        return new AuditEntryResponse(e.seq(), utc(e.at()), e.entity(), e.recordId(), e.action(), e.actor(), changes,
                e.correlationId(), e.context(), e.previousHash(), e.hash());
    }

    public static ChainVerificationResponse verification(ChainVerification v) {
        return new ChainVerificationResponse(v.isIntact(), v.entriesChecked(), v.firstBrokenSeq(), v.reason());
    }

    // ----------------------------------------------------------------------------------------------- permissions

    public static RoleGrantResponse grant(RoleGrant g) {
        return new RoleGrantResponse(g.role(), g.feature(), utc(g.grantedAt()), g.grantedBy());
    }

    public static UserOverrideResponse override(UserOverride o) {
        return new UserOverrideResponse(o.userId(), o.feature(), o.effect(), utc(o.expiresAt()), utc(o.createdAt()),
                o.createdBy());
    }

    /** Grants by role, roles and features in alphabetical order. */
    public static Map<String, List<String>> byRole(List<RoleGrant> grants) {
        return grants.stream().collect(Collectors.groupingBy(RoleGrant::role, TreeMap::new,
                Collectors.collectingAndThen(Collectors.mapping(RoleGrant::feature, Collectors.toList()),
                        list -> list.stream().sorted().toList())));
    }
}
