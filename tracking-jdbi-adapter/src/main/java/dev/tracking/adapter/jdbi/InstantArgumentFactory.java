package dev.tracking.adapter.jdbi;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds an {@link Instant} to a {@code timestamp with time zone} as a UTC {@link OffsetDateTime}, never through
 * {@link java.sql.Timestamp}, so that the JVM's time zone plays no part.
 */
final class InstantArgumentFactory extends AbstractArgumentFactory<Instant> {

    InstantArgumentFactory() {
        super(Types.TIMESTAMP_WITH_TIMEZONE);
    }

    @Override
    protected Argument build(Instant value, ConfigRegistry config) {
        OffsetDateTime utc = value.atOffset(ZoneOffset.UTC);
        return (position, statement, context) -> statement.setObject(position, utc, Types.TIMESTAMP_WITH_TIMEZONE);
    }
}
