package dev.tracking.benchmarks;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.port.out.TrackingPersistence;
import java.time.Clock;

/** The platform as a host composes it by hand, acting as one user of the schema's default {@code admin} role. */
public final class Platforms {

    public static final Actor FEED = Actor.user("bench.feed", "admin");

    private Platforms() {
    }

    public static TrackingPlatform compose(TrackingPersistence persistence, Clock clock, AuditMode audit) {
        return TrackingPlatform.builder()
                .persistence(persistence)
                .actorProvider(() -> FEED)
                .clock(clock)
                .auditSettings(audit.settings())
                .build();
    }
}
