package dev.tracking.spring.web.api;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.hawb.HawbCriteria;
import dev.tracking.core.domain.hawb.HawbDetails;
import dev.tracking.core.domain.hawb.HawbSort;
import dev.tracking.core.domain.hawb.HawbSortField;
import dev.tracking.core.domain.identifier.HawbNumber;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.port.in.hawb.CreateHawbCommand;
import dev.tracking.core.port.in.hawb.ListHawbsCommand;
import dev.tracking.core.port.in.hawb.UpdateHawbCommand;
import dev.tracking.spring.web.api.dto.CreateHawbRequest;
import dev.tracking.spring.web.api.dto.HawbResponse;
import dev.tracking.spring.web.api.dto.PageResponse;
import dev.tracking.spring.web.api.dto.UpdateHawbRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import java.util.UUID;
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

/** House air waybills. */
@RestController
@RequestMapping(path = ApiPaths.BASE + "/hawbs", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "HAWBs", description = "House air waybills under MAWBs")
public class HawbController {

    private final TrackingPlatform platform;
    private final ConditionalRequests conditional;

    public HawbController(TrackingPlatform platform, ConditionalRequests conditional) {
        this.platform = platform;
        this.conditional = conditional;
    }

    @GetMapping
    @Operation(summary = "List HAWBs", description = "Needs hawb.read. `sort` is one of createdAt, updatedAt, "
            + "hawbNumber, optionally followed by `,asc` or `,desc` (default createdAt,desc).")
    public PageResponse<HawbResponse> list(
            @RequestParam(required = false) UUID mawbId,
            @RequestParam(required = false) Set<ShipmentStatus> status,
            @Parameter(description = "HAWB number or consignee name contains this text")
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) Integer limit) {
        HawbCriteria criteria = new HawbCriteria(mawbId == null ? null : MawbId.of(mawbId), status, q);
        Lists.Sort<HawbSortField> order = Lists.sort(sort, HawbSortField.class, SortDirection.ASC);
        HawbSort hawbSort = order == null ? HawbSort.NEWEST_FIRST : new HawbSort(order.field(), order.direction());
        return Lists.page(platform.hawbs().list(new ListHawbsCommand(criteria, hawbSort, Lists.page(cursor, limit))),
                ApiMapper::hawb);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Create a HAWB under a MAWB", description = "Needs hawb.write. The number is unique within "
            + "the MAWB (409 otherwise).")
    public ResponseEntity<HawbResponse> create(@RequestBody CreateHawbRequest request) {
        Fields f = new Fields();
        f.present(request.mawbId(), "mawbId");
        HawbNumber number = f.present(request.hawbNumber(), "hawbNumber")
                ? f.get(null, () -> HawbNumber.parse(request.hawbNumber())) : null;
        HawbDetails details = f.get(null, () -> ApiMapper.hawbDetails(request));
        f.orThrow();
        Hawb hawb = platform.hawbs().create(new CreateHawbCommand(MawbId.of(request.mawbId()), number, details));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                        .buildAndExpand(hawb.id()).toUri())
                .eTag(ConditionalRequests.etag(hawb.version()))
                .body(ApiMapper.hawb(hawb));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a HAWB", description = "Needs hawb.read. The ETag is its version.")
    public ResponseEntity<HawbResponse> get(@PathVariable UUID id) {
        Hawb hawb = platform.hawbs().get(HawbId.of(id));
        return ResponseEntity.ok().eTag(ConditionalRequests.etag(hawb.version())).body(ApiMapper.hawb(hawb));
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace a HAWB's details", description = "Needs hawb.write and If-Match with the ETag read "
            + "(428 without it, 412 when stale).")
    public ResponseEntity<HawbResponse> update(@PathVariable UUID id,
            @Parameter(description = "the ETag read, such as \"3\"")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody UpdateHawbRequest request) {
        HawbId hawbId = HawbId.of(id);
        long expected = conditional.expectedVersion(ifMatch, () -> platform.hawbs().get(hawbId).version());
        HawbDetails details = ApiMapper.hawbDetails(request);
        Hawb hawb = conditional.update(() -> platform.hawbs().update(new UpdateHawbCommand(hawbId, expected,
                details)));
        return ResponseEntity.ok().eTag(ConditionalRequests.etag(hawb.version())).body(ApiMapper.hawb(hawb));
    }
}
