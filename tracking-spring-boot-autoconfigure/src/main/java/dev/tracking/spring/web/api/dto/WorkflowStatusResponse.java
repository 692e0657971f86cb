package dev.tracking.spring.web.api.dto;

import java.util.List;
import java.util.UUID;

/** A MAWB's standing in its workflow. */
public record WorkflowStatusResponse(
        UUID mawbId,
        String workflowCode,
        int workflowVersion,
        StepDto currentStep,
        StepDto nextStep,
        boolean finished,
        boolean mayAdvance,
        List<UnmetRequirementDto> unmetRequirements,
        List<CompletedStepDto> history,
        List<ReminderDto> upcomingReminders,
        long version) {
}
