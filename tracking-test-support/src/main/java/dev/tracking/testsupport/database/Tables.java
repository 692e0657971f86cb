package dev.tracking.testsupport.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Lists a schema's tables, less Flyway's history tables. */
final class Tables {

    static List<String> of(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = connection.getMetaData().getTables(null, schema, "%",
                new String[] {"TABLE", "BASE TABLE", "PARTITIONED TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                if (!name.toLowerCase(Locale.ROOT).contains("schema_history")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    private Tables() {
    }
}
