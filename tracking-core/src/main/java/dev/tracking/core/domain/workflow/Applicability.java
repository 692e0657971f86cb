package dev.tracking.core.domain.workflow;

/** When a step applies to a MAWB at all; a step that does not apply is skipped. */
public enum Applicability {
    ALWAYS,
    /** Only when ocean containers are attached to the MAWB (such as the empty-return step). */
    OCEAN_CONTAINERS;

    public boolean appliesTo(ShipmentFacts facts) {
        return this == ALWAYS || facts.hasOceanContainers();
    }
}
