package dev.tracking.core.domain.workflow;

import dev.tracking.core.domain.event.FsuCode;
import java.util.List;
import java.util.Set;

/**
 * The workflows the platform ships, as the schema seeds them ({@code docs/workflow.md} explains each step).
 */
public final class DefaultWorkflows {

    public static final String US_AIR_IMPORT = "US_AIR_IMPORT";
    private static final String ADVANCE = "workflow.advance";

    private DefaultWorkflows() {
    }

    /**
     * The US air-import SOP, version 1: PRE_ALERT, DOCS_COMPLETE, ARRIVED, ISC_PAID, CUSTOMS_RELEASED,
     * PICKUP_SCHEDULED, DELIVERED, EMPTY_RETURNED (only with ocean containers), CLOSED.
     */
    public static WorkflowDefinition usAirImport() {
        return new WorkflowDefinition(US_AIR_IMPORT, 1, List.of(
                step("PRE_ALERT", "Pre-alert sent", 10, Set.of(), Set.of(), List.of(EntryAction.SEND_PRE_ALERT),
                        Set.of(), Applicability.ALWAYS),
                step("DOCS_COMPLETE", "Documents complete", 20,
                        Set.of("MAWB", "COMMERCIAL_INVOICE", "PACKING_LIST"), Set.of(), List.of(), Set.of(),
                        Applicability.ALWAYS),
                step("ARRIVED", "Arrived at destination", 30, Set.of(), Set.of(Condition.ARRIVAL_RECORDED),
                        List.of(EntryAction.SCHEDULE_LAST_FREE_DAY_ALERTS, EntryAction.SCHEDULE_ISC_REMINDERS),
                        Set.of(FsuCode.ARR, FsuCode.RCF), Applicability.ALWAYS),
                step("ISC_PAID", "ISC paid", 40, Set.of(), Set.of(Condition.ISC_PAID), List.of(), Set.of(),
                        Applicability.ALWAYS),
                step("CUSTOMS_RELEASED", "Released by customs", 50, Set.of("CUSTOMS_RELEASE"),
                        Set.of(Condition.ISC_PAID, Condition.CUSTOMS_CLEARED),
                        List.of(EntryAction.SCHEDULE_PICKUP_REMINDER), Set.of(), Applicability.ALWAYS),
                step("PICKUP_SCHEDULED", "Pickup scheduled", 60, Set.of("DELIVERY_ORDER"), Set.of(), List.of(),
                        Set.of(), Applicability.ALWAYS),
                step("DELIVERED", "Delivered", 70, Set.of(), Set.of(Condition.DELIVERED),
                        List.of(EntryAction.SCHEDULE_EMPTY_RETURN_REMINDERS), Set.of(FsuCode.DLV, FsuCode.DDL),
                        Applicability.ALWAYS),
                step("EMPTY_RETURNED", "Empty containers returned", 80, Set.of("EMPTY_RETURN_RECEIPT"),
                        Set.of(Condition.CONTAINERS_RETURNED), List.of(), Set.of(), Applicability.OCEAN_CONTAINERS),
                step("CLOSED", "Closed", 90, Set.of(), Set.of(), List.of(EntryAction.CANCEL_ALL_REMINDERS), Set.of(),
                        Applicability.ALWAYS)));
    }

    private static WorkflowStep step(String code, String name, int position, Set<String> documents,
            Set<Condition> conditions, List<EntryAction> actions, Set<FsuCode> events, Applicability applies) {
        return new WorkflowStep(code, name, position, documents, conditions, actions, ADVANCE, events, applies);
    }
}
