package dev.tracking.core.application;

import dev.tracking.core.domain.attachment.Attachment;
import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.mawb.Equipment;
import dev.tracking.core.domain.mawb.FlightLeg;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.status.CustomsStatus;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.domain.workflow.ShipmentFacts;
import dev.tracking.core.domain.workflow.WorkflowEventCodes;
import dev.tracking.core.port.out.AttachmentRepository;
import dev.tracking.core.port.out.BillRepository;
import dev.tracking.core.port.out.TrackingEventRepository;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads what the workflow's guards and the reminder policies need to know about a MAWB, from the repositories. */
final class ShipmentFactsReader {

    private final AttachmentRepository attachments;
    private final BillRepository bills;
    private final TrackingEventRepository events;

    ShipmentFactsReader(AttachmentRepository attachments, BillRepository bills, TrackingEventRepository events) {
        this.attachments = attachments;
        this.bills = bills;
        this.events = events;
    }

    ShipmentFacts factsOf(Mawb mawb) {
        List<Bill> iscBills = bills.findByMawb(mawb.id()).stream().filter(b -> b.type() == BillType.ISC).toList();
        Set<String> documents = attachments.findByOwner(ShipmentRef.of(mawb.id())).stream()
                .map(Attachment::fileTypeCode)
                .collect(Collectors.toSet());
        boolean oceanContainers = mawb.details().hasOceanContainers();
        return new ShipmentFacts(
                arrivalRecorded(mawb),
                !iscBills.isEmpty(),
                iscBills.stream().anyMatch(Bill::isOpen),
                mawb.details().customs() == CustomsStatus.CLEARED,
                mawb.status() == ShipmentStatus.DELIVERED,
                oceanContainers,
                oceanContainers && containersReturned(mawb),
                documents);
    }

    /** An actual arrival at the destination moved the status there, or the last flight has its actual arrival. */
    private static boolean arrivalRecorded(Mawb mawb) {
        if (mawb.status().rank() >= ShipmentStatus.ARRIVED.rank()) {
            return true;
        }
        List<FlightLeg> flights = mawb.details().flights();
        return !flights.isEmpty() && flights.get(flights.size() - 1).ata() != null;
    }

    private boolean containersReturned(Mawb mawb) {
        List<TrackingEvent> returns = events.findBySubjects(List.of(ShipmentRef.of(mawb.id()))).stream()
                .filter(e -> e.isActual() && WorkflowEventCodes.EMPTY_RETURNED.equals(e.code().value()))
                .toList();
        if (returns.stream().anyMatch(e -> !e.metadata().containsKey(WorkflowEventCodes.EQUIPMENT))) {
            return true;
        }
        Set<String> returned = returns.stream()
                .map(e -> e.metadata().get(WorkflowEventCodes.EQUIPMENT))
                .collect(Collectors.toSet());
        return mawb.details().equipment().stream()
                .filter(Equipment::isOceanContainer)
                .allMatch(container -> returned.contains(container.id().value()));
    }
}
