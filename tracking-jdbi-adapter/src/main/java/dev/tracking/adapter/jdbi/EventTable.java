package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.ShipmentKind;

/** The table a shipment kind's events live in, and the column naming their shipment. */
enum EventTable {
    MAWB("mawb_events", "mawb_id"),
    HAWB("hawb_events", "hawb_id");

    private final String table;
    private final String subjectColumn;

    EventTable(String table, String subjectColumn) {
        this.table = table;
        this.subjectColumn = subjectColumn;
    }

    static EventTable of(ShipmentKind kind) {
        return kind == ShipmentKind.MAWB ? MAWB : HAWB;
    }

    ShipmentKind kind() {
        return this == MAWB ? ShipmentKind.MAWB : ShipmentKind.HAWB;
    }

    String table() {
        return table;
    }

    String subjectColumn() {
        return subjectColumn;
    }
}
