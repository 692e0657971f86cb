package dev.tracking.core.internal;

import dev.tracking.core.port.out.IdGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;
import java.util.UUID;

/**
 * Makes RFC 9562 version 7 UUIDs: 48 bits of Unix milliseconds from the injected clock, then random bits. Ids made
 * later sort later (within a millisecond, at random), which keeps B-tree inserts at the right edge.
 */
public final class TimeOrderedIdGenerator implements IdGenerator {

    private final Clock clock;
    private final Random random;

    public TimeOrderedIdGenerator(Clock clock) {
        this(clock, new SecureRandom());
    }

    public TimeOrderedIdGenerator(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    @Override
    public UUID newId() {
        long millis = clock.millis();
        long high = (millis << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low);
    }
}
