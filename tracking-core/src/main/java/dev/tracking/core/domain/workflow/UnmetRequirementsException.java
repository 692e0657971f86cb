package dev.tracking.core.domain.workflow;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.TrackingException;
import java.util.List;
import java.util.stream.Collectors;

/** A MAWB may not enter a step yet: every requirement that does not hold is listed. */
public final class UnmetRequirementsException extends TrackingException {

    private final MawbId mawbId;
    private final String step;
    private final List<UnmetRequirement> unmet;

    public UnmetRequirementsException(MawbId mawbId, String step, List<UnmetRequirement> unmet) {
        super("MAWB " + mawbId + " may not enter " + step + " yet: "
                + unmet.stream().map(UnmetRequirement::message).collect(Collectors.joining("; ")));
        this.mawbId = mawbId;
        this.step = step;
        this.unmet = List.copyOf(unmet);
    }

    public MawbId mawbId() {
        return mawbId;
    }

    /** The step it may not enter. */
    public String step() {
        return step;
    }

    /** Every unmet requirement, documents first. */
    public List<UnmetRequirement> unmet() {
        return unmet;
    }
}
