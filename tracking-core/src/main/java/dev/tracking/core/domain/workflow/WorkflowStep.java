package dev.tracking.core.domain.workflow;

import dev.tracking.core.domain.common.Check;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.event.FsuCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One step of a standard operating procedure. A MAWB enters it when every requirement holds: the required documents
 * are attached and the required conditions hold.
 *
 * @param advanceFeature   the permission feature a user needs to move a MAWB into this step
 * @param advanceOnEvents  FSU codes whose actual events move a MAWB into this step by themselves
 * @param appliesWhen      when the step applies at all; otherwise it is skipped
 */
public record WorkflowStep(String code, String name, int position, Set<String> requiredFileTypes,
        Set<Condition> requiredConditions, List<EntryAction> entryActions, String advanceFeature,
        Set<FsuCode> advanceOnEvents, Applicability appliesWhen) {

    public WorkflowStep {
        code = Check.requiredText(code, "code", 40);
        if (!code.matches("[A-Z][A-Z0-9_]*")) {
            throw new ValidationException("code", "must be capital letters, digits and underscores");
        }
        name = Check.requiredText(name, "name", 200);
        requiredFileTypes = Set.copyOf(requiredFileTypes);
        requiredConditions = requiredConditions.isEmpty() ? Set.of() : Set.copyOf(requiredConditions);
        entryActions = List.copyOf(entryActions);
        advanceFeature = Check.requiredText(advanceFeature, "advanceFeature", 64);
        advanceOnEvents = Set.copyOf(advanceOnEvents);
        Check.required(appliesWhen, "appliesWhen");
    }

    /** Every requirement of this step that the facts do not meet, documents first. */
    public List<UnmetRequirement> unmetBy(ShipmentFacts facts) {
        List<UnmetRequirement> unmet = new ArrayList<>();
        requiredFileTypes.stream().sorted()
                .filter(type -> !facts.attachedFileTypes().contains(type))
                .forEach(type -> unmet.add(new UnmetRequirement("DOCUMENT:" + type,
                        "a " + type + " document must be attached")));
        requiredConditions.stream().sorted()
                .filter(condition -> !condition.holds(facts))
                .forEach(condition -> unmet.add(new UnmetRequirement("CONDITION:" + condition.name(),
                        condition.requirement())));
        return unmet;
    }
}
