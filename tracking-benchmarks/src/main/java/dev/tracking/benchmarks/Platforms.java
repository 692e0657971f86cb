package dev.tracking.benchmarks;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.audit.AuditSettings;
import dev.tracking.core.domain.audit.Redaction;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.port.out.TrackingPersistence;
import java.time.Clock;
import java.util.Set;

/** The platform as a host composes it by hand, acting as one user of the schema's default {@code admin} role. */
public final class Platforms {

    public static final Actor FEED = Actor.user("bench.feed", "admin");

    private Platforms() {
    }

    public static TrackingPlatform compose(TrackingPersistence persistence, Clock clock, boolean audited) {
        return TrackingPlatform.builder()
                .persistence(persistence)
                .actorProvider(() -> FEED)
                .clock(clock)
                .auditSettings(audited ? AuditSettings.defaults() : new AuditSettings(Set.of(), Redaction.defaults()))
                .build();
    }
}
