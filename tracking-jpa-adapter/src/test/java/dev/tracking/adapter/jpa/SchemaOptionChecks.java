package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With {@link JpaPersistence.Builder#schema} set, every statement names the schema, the native and JDBC ones (dedupe
 * key claims) included.
 */
abstract class SchemaOptionChecks {

    abstract DatabaseUnderTest db();

    @Test
    void everyPortWorksWithAnExplicitSchema() {
        db().emptyPorts();
        try (JpaPersistence qualified = JpaPersistence.builder(db().rawDataSource())
                .schema(db().database().schema())
                .build()) {
            PersistencePorts ports = PersistencePorts.of(qualified);
            ports.carriers().insert(TestData.carrier());
            Mawb mawb = ports.mawbs().insert(TestData.mawb(1));
            ShipmentRef subject = ShipmentRef.of(mawb.id());
            TrackingEvent event = TestData.eventBuilder(subject).dedupeKey("k").build();

            assertThat(ports.events().insertNew(List.of(event, event))).containsExactly(event);
            assertThat(ports.events().insertNew(List.of(event))).isEmpty();
            assertThat(ports.mawbs().list(MawbCriteria.any().withText("hydraulics"), MawbSort.NEWEST_FIRST, null,
                    10)).extracting(Mawb::id).containsExactly(mawb.id());
            assertThat(ports.events().findBySubjects(List.of(subject))).hasSize(1);
        }
    }
}
