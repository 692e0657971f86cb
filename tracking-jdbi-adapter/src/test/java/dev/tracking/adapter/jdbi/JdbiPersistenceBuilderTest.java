package dev.tracking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The builder fails fast, naming what is wrong. */
class JdbiPersistenceBuilderTest {

    @Test
    void refusesNoDataSource() {
        assertThatThrownBy(() -> JdbiPersistence.create(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("dataSource");
    }

    @Test
    void refusesNoJsonMapper() {
        assertThatThrownBy(() -> JdbiPersistence.builder(databaseNamed("H2")).jsonMapper(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("jsonMapper");
    }

    @Test
    void refusesADatabaseItCannotReach() {
        DataSource unreachable = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (p, method, args) -> {
                    throw new SQLException("connection refused");
                });

        assertThatThrownBy(() -> JdbiPersistence.create(unreachable)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot reach").hasRootCauseMessage("connection refused");
    }

    @Test
    void refusesAnyDatabaseButPostgresAndH2() {
        assertThatThrownBy(() -> JdbiPersistence.create(databaseNamed("Oracle")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PostgreSQL and H2, not Oracle");
    }

    @Test
    void buildsForH2AndPostgres() {
        assertThat(JdbiPersistence.create(databaseNamed("H2")).transactions()).isNotNull();
        assertThat(JdbiPersistence.create(databaseNamed("PostgreSQL")).events()).isNotNull();
    }

    /** A data source whose connections say they are {@code product}, and do nothing else. */
    private static DataSource databaseNamed(String product) {
        DatabaseMetaData metaData = proxy(DatabaseMetaData.class, "getDatabaseProductName", product);
        Connection connection = proxy(Connection.class, "getMetaData", metaData);
        return proxy(DataSource.class, "getConnection", connection);
    }

    private static <T> T proxy(Class<T> type, String method, Object answer) {
        return type.cast(Proxy.newProxyInstance(JdbiPersistenceBuilderTest.class.getClassLoader(),
                new Class<?>[] {type}, (p, m, args) -> m.getName().equals(method) ? answer : null));
    }
}
