package dev.tracking.adapter.jdbi;

import java.sql.Types;
import java.util.UUID;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Binds a {@link UUID} to a {@code uuid} column with {@code setObject}, and a null one as a null of unspecified type:
 * Jdbi's own null UUID is a VARCHAR, which PostgreSQL refuses for a {@code uuid} column.
 */
final class UuidArgumentFactory extends AbstractArgumentFactory<UUID> {

    UuidArgumentFactory() {
        super(Types.OTHER);
    }

    @Override
    protected Argument build(UUID value, ConfigRegistry config) {
        return (position, statement, context) -> statement.setObject(position, value);
    }
}
