package dev.tracking.core.domain.workflow;

import java.util.Set;

/**
 * What the workflow's guards know about a MAWB at the moment of a transition.
 *
 * @param attachedFileTypes the codes of the file types attached to the MAWB
 */
public record ShipmentFacts(boolean arrivalRecorded, boolean iscBillExists, boolean iscBillOpen,
        boolean customsCleared, boolean delivered, boolean hasOceanContainers, boolean containersReturned,
        Set<String> attachedFileTypes) {

    public ShipmentFacts {
        attachedFileTypes = Set.copyOf(attachedFileTypes);
    }
}
