package dev.tracking.core.domain.workflow;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.TrackingException;

/**
 * An advance named a current step that is no longer current (someone, or an event, moved the MAWB first): a
 * conflict, so that a double submission never skips two steps.
 */
public final class StaleStepException extends TrackingException {

    private final MawbId mawbId;
    private final String expectedStep;
    private final String currentStep;

    public StaleStepException(MawbId mawbId, String expectedStep, String currentStep) {
        super("MAWB " + mawbId + " is at " + currentStep + ", not at " + expectedStep);
        this.mawbId = mawbId;
        this.expectedStep = expectedStep;
        this.currentStep = currentStep;
    }

    public MawbId mawbId() {
        return mawbId;
    }

    public String expectedStep() {
        return expectedStep;
    }

    public String currentStep() {
        return currentStep;
    }
}
