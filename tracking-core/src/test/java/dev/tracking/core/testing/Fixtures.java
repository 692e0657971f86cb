package dev.tracking.core.testing;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.hawb.HawbDetails;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.mawb.MawbDetails;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.party.Party;
import java.util.List;
import java.util.UUID;

/** Small valid domain objects for tests that need one but do not care about its content. */
public final class Fixtures {

    public static final AirportCode LHR = AirportCode.of("LHR");
    public static final AirportCode FRA = AirportCode.of("FRA");
    public static final AirportCode ORD = AirportCode.of("ORD");

    public static MawbDetails mawbDetails(AirportCode origin, AirportCode destination) {
        return new MawbDetails(origin, destination, Party.named("Acme Exports Ltd"), Party.named("Midwest Imports Inc"),
                null, 10, Weight.kg("250.5"), null, "MACHINE PARTS", List.of(), null, null, List.of(), List.of());
    }

    public static MawbDetails mawbDetails() {
        return mawbDetails(LHR, ORD);
    }

    public static HawbDetails hawbDetails() {
        return new HawbDetails(Party.named("Acme Exports Ltd"), Party.named("Midwest Imports Inc"), null, 2,
                Weight.kg("40"), "SPARE PARTS");
    }

    public static MawbId mawbId() {
        return MawbId.of(UUID.fromString("0192f3e4-5b6c-7d8e-9f00-112233445566"));
    }

    private Fixtures() {
    }
}
