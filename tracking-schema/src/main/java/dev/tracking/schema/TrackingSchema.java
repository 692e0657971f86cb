package dev.tracking.schema;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The tracking tables, created and upgraded by Flyway. Lives beside a host's own Flyway: its history is kept in
 * {@value #DEFAULT_HISTORY_TABLE}, not in Flyway's default table.
 *
 * <pre>{@code
 * TrackingSchema.migrate(dataSource);                                   // the connection's default schema
 * TrackingSchema.configure(dataSource).schema("tracking").migrate();    // a schema of its own
 * }</pre>
 *
 * The scripts are plain SQL under {@value #LOCATION_ROOT}{@code /postgresql} and {@code /h2} on the classpath, for
 * hosts that run migrations with their own tool.
 */
public final class TrackingSchema {

    public static final String DEFAULT_HISTORY_TABLE = "tracking_schema_history";
    public static final String LOCATION_ROOT = "classpath:db/tracking";

    private final DataSource dataSource;
    private final String schema;
    private final String historyTable;

    private TrackingSchema(DataSource dataSource, String schema, String historyTable) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.schema = schema;
        this.historyTable = Objects.requireNonNull(historyTable, "historyTable");
    }

    /** Migrates the connection's default schema to the newest version. */
    public static MigrateResult migrate(DataSource dataSource) {
        return configure(dataSource).migrate();
    }

    /** Starts a configuration: schema and history table can be set before {@link #migrate()}. */
    public static TrackingSchema configure(DataSource dataSource) {
        return new TrackingSchema(dataSource, null, DEFAULT_HISTORY_TABLE);
    }

    /**
     * Puts the tables into this schema, created when missing. The adapters must then use the same schema (set it as
     * the connection's default schema, e.g. {@code currentSchema=tracking} on PostgreSQL, {@code SCHEMA=TRACKING} on
     * H2). Null means the connection's default.
     */
    public TrackingSchema schema(String schemaName) {
        return new TrackingSchema(dataSource, schemaName, historyTable);
    }

    public TrackingSchema historyTable(String tableName) {
        return new TrackingSchema(dataSource, schema, tableName);
    }

    /** Applies every pending migration and re-runs the reference data when it changed. */
    public MigrateResult migrate() {
        return flyway().migrate();
    }

    /** The Flyway instance this configuration runs, for {@code info()}, {@code validate()} and the like. */
    public Flyway flyway() {
        var configuration = Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION_ROOT + "/" + vendor())
                .table(historyTable)
                .baselineOnMigrate(false)
                .validateMigrationNaming(true);
        if (schema != null) {
            configuration.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        return configuration.load();
    }

    /** The folder of scripts for the data source's database: {@code postgresql} or {@code h2}. */
    String vendor() {
        String product;
        try (Connection connection = dataSource.getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate the tracking schema", e);
        }
        return switch (product) {
            case "PostgreSQL" -> "postgresql";
            case "H2" -> "h2";
            default -> throw new IllegalStateException(
                    "the tracking schema supports PostgreSQL and H2, not " + product);
        };
    }
}
