package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder fails fast on what it can check before touching the database. */
class JpaPersistenceBuilderTest {

    private final DataSource dataSource = new JdbcDataSource();

    @Test
    void aDataSourceIsRequired() {
        assertThatThrownBy(() -> JpaPersistence.create(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("dataSource");
        assertThatThrownBy(() -> JpaPersistence.builder(null)).isInstanceOf(NullPointerException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tracking; drop table mawbs", "\"quoted\"", "1abc", "a.b", ""})
    void theSchemaMustBeAPlainIdentifier(String schema) {
        assertThatThrownBy(() -> JpaPersistence.builder(dataSource).schema(schema))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hibernate.hbm2ddl.auto", "jakarta.persistence.schema-generation.database.action",
        "hibernate.physical_naming_strategy", "hibernate.type.json_format_mapper", "hibernate.default_schema"})
    void settingsTheAdapterFixesCannotBeOverridden(String name) {
        assertThatThrownBy(() -> JpaPersistence.builder(dataSource).hibernateProperty(name, "create"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(name);
    }

    @Test
    void aJsonMapperIsRequiredWhenGiven() {
        assertThatThrownBy(() -> JpaPersistence.builder(dataSource).jsonMapper(null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void anUnreachableDatabaseFailsTheBuild() {
        JdbcDataSource unreachable = new JdbcDataSource();
        unreachable.setURL("jdbc:h2:mem:nowhere;IFEXISTS=TRUE");

        assertThatThrownBy(() -> JpaPersistence.create(unreachable)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot reach");
    }
}
