package dev.tracking.core.domain.workflow;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.reminder.Reminder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A MAWB's standing in its workflow.
 *
 * @param history  every step it entered, the current one last, with who and when
 * @param next     the step it would enter next (skipping steps that do not apply); empty at the end
 * @param unmet    what keeps it from entering {@code next}; empty when it may advance
 * @param upcoming the reminders scheduled for it, soonest first
 */
public record WorkflowStatus(MawbId mawbId, String workflowCode, int workflowVersion, WorkflowStep current,
        List<CompletedStep> history, Optional<WorkflowStep> next, List<UnmetRequirement> unmet,
        List<Reminder> upcoming, long version) {

    public WorkflowStatus {
        Objects.requireNonNull(mawbId, "mawbId");
        Objects.requireNonNull(current, "current");
        history = List.copyOf(history);
        Objects.requireNonNull(next, "next");
        unmet = List.copyOf(unmet);
        upcoming = List.copyOf(upcoming);
    }

    /** Whether the MAWB is at the last step. */
    public boolean finished() {
        return next.isEmpty();
    }

    /** Whether the next step's requirements all hold. */
    public boolean mayAdvance() {
        return next.isPresent() && unmet.isEmpty();
    }
}
