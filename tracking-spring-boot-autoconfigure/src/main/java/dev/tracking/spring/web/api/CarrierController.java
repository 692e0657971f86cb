package dev.tracking.spring.web.api;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.carrier.TrackingEndpoint;
import dev.tracking.core.domain.common.FieldViolation;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.identifier.CarrierCode;
import dev.tracking.core.port.in.carrier.RegisterCarrierCommand;
import dev.tracking.core.port.in.carrier.UpdateCarrierCommand;
import dev.tracking.spring.web.api.dto.CarrierResponse;
import dev.tracking.spring.web.api.dto.ListResponse;
import dev.tracking.spring.web.api.dto.RegisterCarrierRequest;
import dev.tracking.spring.web.api.dto.UpdateCarrierRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The airlines the platform knows. Their tracking API keys are write-only: responses say only whether one is set. */
@RestController
@RequestMapping(path = ApiPaths.BASE + "/carriers", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Carriers", description = "Airlines: designator, AWB prefix, tracking endpoint")
public class CarrierController {

    private final TrackingPlatform platform;
    private final ConditionalRequests conditional;

    public CarrierController(TrackingPlatform platform, ConditionalRequests conditional) {
        this.platform = platform;
        this.conditional = conditional;
    }

    @GetMapping
    @Operation(summary = "List carriers", description = "Needs mawb.read. By designator.")
    public ListResponse<CarrierResponse> list() {
        return new ListResponse<>(platform.carriers().list().stream().map(ApiMapper::carrier).toList());
    }

    @GetMapping("/{designator}")
    @Operation(summary = "Read a carrier", description = "Needs mawb.read. The ETag is its version.")
    public ResponseEntity<CarrierResponse> get(@PathVariable String designator) {
        Carrier carrier = platform.carriers().get(designator);
        return ResponseEntity.ok().eTag(ConditionalRequests.etag(carrier.version())).body(ApiMapper.carrier(carrier));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a carrier", description = "Needs carriers.write. 409 when the designator or the "
            + "AWB prefix is taken.")
    public ResponseEntity<CarrierResponse> register(@RequestBody RegisterCarrierRequest request) {
        Fields f = new Fields();
        boolean codes = f.present(request.designator(), "designator") & f.present(request.awbPrefix(), "awbPrefix");
        CarrierCode code = codes ? f.get(null, () -> carrierCode(request.designator(), request.awbPrefix())) : null;
        f.present(request.name(), "name");
        TrackingEndpoint endpoint = ApiMapper.endpoint(f, request.trackingEndpoint(), null);
        f.orThrow();
        Carrier carrier = platform.carriers().register(new RegisterCarrierCommand(code, request.name(), endpoint,
                request.active() == null || request.active()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{designator}")
                        .buildAndExpand(carrier.designator()).toUri())
                .eTag(ConditionalRequests.etag(carrier.version()))
                .body(ApiMapper.carrier(carrier));
    }

    @PutMapping(path = "/{designator}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Change a carrier", description = "Needs carriers.write (and mawb.read to keep a stored API "
            + "key) and If-Match with the ETag read. Without trackingEndpoint.apiKey the stored key is kept.")
    public ResponseEntity<CarrierResponse> update(@PathVariable String designator,
            @Parameter(description = "the ETag read, such as \"3\"")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody UpdateCarrierRequest request) {
        long expected = conditional.expectedVersion(ifMatch, () -> platform.carriers().get(designator).version());
        TrackingEndpoint current = request.trackingEndpoint() != null && request.trackingEndpoint().apiKey() == null
                ? platform.carriers().get(designator).trackingEndpoint() : null;
        Fields f = new Fields();
        f.present(request.name(), "name");
        TrackingEndpoint endpoint = ApiMapper.endpoint(f, request.trackingEndpoint(), current);
        f.orThrow();
        Carrier carrier = conditional.update(() -> platform.carriers().update(new UpdateCarrierCommand(designator,
                expected, request.name(), endpoint, request.active() == null || request.active())));
        return ResponseEntity.ok().eTag(ConditionalRequests.etag(carrier.version())).body(ApiMapper.carrier(carrier));
    }

    /** The code, its violations named as the request's fields ({@code designator}, {@code awbPrefix}). */
    private static CarrierCode carrierCode(String designator, String awbPrefix) {
        try {
            return CarrierCode.of(designator, awbPrefix);
        } catch (ValidationException e) {
            throw new ValidationException(e.violations().stream()
                    .map(v -> new FieldViolation(v.field().replace(CarrierCode.FIELD + ".", ""), v.message()))
                    .toList());
        }
    }
}
