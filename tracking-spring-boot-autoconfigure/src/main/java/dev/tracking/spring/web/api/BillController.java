package dev.tracking.spring.web.api;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.common.BillId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.measure.Money;
import dev.tracking.core.port.in.bill.CreateBillCommand;
import dev.tracking.core.port.in.bill.SettleBillCommand;
import dev.tracking.spring.web.api.dto.BillResponse;
import dev.tracking.spring.web.api.dto.CreateBillRequest;
import dev.tracking.spring.web.api.dto.ListResponse;
import dev.tracking.spring.web.api.dto.PayBillRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Charges against MAWBs: ISC, storage, trucking, duty. */
@RestController
@RequestMapping(path = ApiPaths.BASE + "/bills", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Bills", description = "ISC, storage, trucking and duty bills: list, create, mark paid, void")
public class BillController {

    private final TrackingPlatform platform;
    private final ConditionalRequests conditional;

    public BillController(TrackingPlatform platform, ConditionalRequests conditional) {
        this.platform = platform;
        this.conditional = conditional;
    }

    @GetMapping
    @Operation(summary = "List bills", description = "Needs bills.read. With mawbId: the MAWB's bills (of the type, "
            + "when given too). With type only: the open bills of that type across all MAWBs, oldest first.")
    public ListResponse<BillResponse> list(@RequestParam(required = false) UUID mawbId,
            @RequestParam(required = false) BillType type) {
        List<Bill> bills;
        if (mawbId != null) {
            bills = platform.bills().listForMawb(MawbId.of(mawbId)).stream()
                    .filter(b -> type == null || b.type() == type).toList();
        } else if (type != null) {
            bills = platform.bills().listOpen(type);
        } else {
            throw new ValidationException("mawbId", "must be given, or type for the open bills of a type");
        }
        return new ListResponse<>(bills.stream().map(ApiMapper::bill).toList());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Raise a bill against a MAWB", description = "Needs bills.write. The amount is a decimal "
            + "string with no more decimals than its currency has.")
    public ResponseEntity<BillResponse> create(@RequestBody CreateBillRequest request) {
        Fields f = new Fields();
        f.present(request.mawbId(), "mawbId");
        f.present(request.type(), "type");
        Money amount = ApiMapper.money(f, request.amount(), "amount");
        f.orThrow();
        Bill bill = platform.bills().create(new CreateBillCommand(MawbId.of(request.mawbId()), request.type(), amount,
                request.dueDate()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                        .buildAndExpand(bill.id()).toUri())
                .eTag(ConditionalRequests.etag(bill.version()))
                .body(ApiMapper.bill(bill));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read a bill", description = "Needs bills.read. The ETag is its version.")
    public ResponseEntity<BillResponse> get(@PathVariable UUID id) {
        Bill bill = platform.bills().get(BillId.of(id));
        return ResponseEntity.ok().eTag(ConditionalRequests.etag(bill.version())).body(ApiMapper.bill(bill));
    }

    @PostMapping(path = "/{id}/payment", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Mark a bill paid", description = "Needs bills.write and If-Match with the ETag read. "
            + "400 without a payment reference or when the bill is not open.")
    public ResponseEntity<BillResponse> markPaid(@PathVariable UUID id,
            @Parameter(description = "the ETag read, such as \"1\"")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody PayBillRequest request) {
        BillId billId = BillId.of(id);
        long expected = conditional.expectedVersion(ifMatch, () -> platform.bills().get(billId).version());
        Bill bill = conditional.update(() -> platform.bills().markPaid(new SettleBillCommand(billId, expected,
                request.paymentReference())));
        return ResponseEntity.ok().eTag(ConditionalRequests.etag(bill.version())).body(ApiMapper.bill(bill));
    }

    @PostMapping("/{id}/void")
    @Operation(summary = "Void an open bill", description = "Needs bills.write and If-Match with the ETag read.")
    public ResponseEntity<BillResponse> voidBill(@PathVariable UUID id,
            @Parameter(description = "the ETag read, such as \"1\"")
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        BillId billId = BillId.of(id);
        long expected = conditional.expectedVersion(ifMatch, () -> platform.bills().get(billId).version());
        Bill bill = conditional.update(() -> platform.bills().voidBill(new SettleBillCommand(billId, expected, null)));
        return ResponseEntity.ok().eTag(ConditionalRequests.etag(bill.version())).body(ApiMapper.bill(bill));
    }
}
