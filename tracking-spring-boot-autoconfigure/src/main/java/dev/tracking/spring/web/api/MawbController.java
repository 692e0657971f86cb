package dev.tracking.spring.web.api;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.domain.mawb.MawbSortField;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import dev.tracking.core.port.in.mawb.ListMawbsCommand;
import dev.tracking.core.port.in.mawb.UpdateMawbCommand;
import dev.tracking.spring.web.api.dto.CreateMawbRequest;
import dev.tracking.spring.web.api.dto.MawbResponse;
import dev.tracking.spring.web.api.dto.PageResponse;
import dev.tracking.spring.web.api.dto.UpdateMawbRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Master air waybills. */
@RestController
@RequestMapping(path = ApiPaths.BASE + "/mawbs", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "MAWBs", description = "Master air waybills: list with filters and cursor pages, create, read, update")
public class MawbController {

    private final TrackingPlatform platform;
    private final ConditionalRequests conditional;

    public MawbController(TrackingPlatform platform, ConditionalRequests conditional) {
        this.platform = platform;
        this.conditional = conditional;
    }

    @GetMapping
    @Operation(summary = "List MAWBs", description = "Needs mawb.read. Filters combine with AND; `sort` is one of "
            + "createdAt, updatedAt, awbNumber, eta, etd, lastFreeDay, optionally followed by `,asc` or `,desc` "
            + "(default createdAt,desc). Pass `nextCursor` back as `cursor` for the next page.")
    public PageResponse<MawbResponse> list(
            @RequestParam(required = false) Set<ShipmentStatus> status,
            @RequestParam(required = false) String carrier,
            @RequestParam(required = false) String origin,
            @RequestParam(required = false) String destination,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime etaFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime etaTo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime etdFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime etdTo,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastFreeDayFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastFreeDayTo,
            @Parameter(description = "AWB number, HAWB number or consignee name contains this text")
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        Fields f = new Fields();
        AirportCode originCode = ApiMapper.airport(f, origin, "origin", false);
        AirportCode destinationCode = ApiMapper.airport(f, destination, "destination", false);
        f.orThrow();
        MawbCriteria criteria = new MawbCriteria(status, carrier, originCode, destinationCode,
                ApiMapper.instant(etaFrom), ApiMapper.instant(etaTo), ApiMapper.instant(etdFrom),
                ApiMapper.instant(etdTo), lastFreeDayFrom, lastFreeDayTo, q);
        Lists.Sort<MawbSortField> order = Lists.sort(sort, MawbSortField.class, SortDirection.ASC);
        MawbSort mawbSort = order == null ? MawbSort.NEWEST_FIRST : new MawbSort(order.field(), order.direction());
        return Lists.page(platform.mawbs().list(new ListMawbsCommand(criteria, mawbSort, Lists.page(cursor, limit))),
                ApiMapper::mawb);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a MAWB", description = "Needs mawb.write. The carrier is the active one whose AWB "
            + "prefix the number carries. Answers with the MAWB, its Location and its ETag.")
    public ResponseEntity<MawbResponse> create(@RequestBody CreateMawbRequest request) {
        Fields f = new Fields();
        AwbNumber number = f.present(request.awbNumber(), "awbNumber")
                ? f.get(null, () -> AwbNumber.parse(request.awbNumber(), "awbNumber")) : null;
        var details = f.get(null, () -> ApiMapper.mawbDetails(request));
        f.orThrow();
        Mawb mawb = platform.mawbs().create(new CreateMawbCommand(number, details));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                        .buildAndExpand(mawb.id()).toUri())
                .eTag(ConditionalRequests.etag(mawb.version()))
                .body(ApiMapper.mawb(mawb));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a MAWB", description = "Needs mawb.read. The ETag is its version; "
            + "If-None-Match with it answers 304.")
    public ResponseEntity<MawbResponse> get(@PathVariable UUID id) {
        Mawb mawb = platform.mawbs().get(MawbId.of(id));
        return ResponseEntity.ok().eTag(ConditionalRequests.etag(mawb.version())).body(ApiMapper.mawb(mawb));
    }

    @GetMapping("/by-number/{awbNumber}")
    @Operation(summary = "Read a MAWB by its AWB number", description = "Needs mawb.read.")
    public ResponseEntity<MawbResponse> getByNumber(@PathVariable String awbNumber) {
        Mawb mawb = platform.mawbs().getByNumber(AwbNumber.parse(awbNumber, "awbNumber"));
        return ResponseEntity.ok().eTag(ConditionalRequests.etag(mawb.version())).body(ApiMapper.mawb(mawb));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a MAWB's details", description = "Needs mawb.write and If-Match with the ETag read "
            + "(428 without it, 412 when someone changed the MAWB since). Every detail is replaced, except that "
            + "without `customs` the current customs status (which events move) is kept. Answers with the new ETag.")
    public ResponseEntity<MawbResponse> update(@PathVariable UUID id,
            @Parameter(description = "the ETag read, such as \"3\"")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody UpdateMawbRequest request) {
        MawbId mawbId = MawbId.of(id);
        long expected = conditional.expectedVersion(ifMatch, () -> platform.mawbs().get(mawbId).version());
        var details = ApiMapper.mawbDetails(request,
                request.customs() == null ? platform.mawbs().get(mawbId).details().customs() : null);
        Mawb mawb = conditional.update(() -> platform.mawbs().update(new UpdateMawbCommand(mawbId, expected,
                details)));
        return ResponseEntity.ok().eTag(ConditionalRequests.etag(mawb.version())).body(ApiMapper.mawb(mawb));
    }
}
