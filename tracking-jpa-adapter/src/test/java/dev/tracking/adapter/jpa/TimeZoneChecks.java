package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/**
 * Instants and dates do not depend on the JVM's time zone: what is written under one default zone reads back the
 * same under another (instants are bound as {@code OffsetDateTime}s at UTC, never through the JVM zone).
 */
abstract class TimeZoneChecks {

    abstract DatabaseUnderTest db();

    @Test
    void aMawbWrittenInKathmanduReadsTheSameInStJohns() {
        PersistencePorts ports = db().emptyPorts();
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));
            ports.carriers().insert(TestData.carrier());
            Mawb written = ports.mawbs().insert(TestData.mawbBuilder(1).lastFreeDay(LocalDate.of(2025, 3, 30))
                    .build());

            TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
            Mawb read = ports.mawbs().findById(written.id()).orElseThrow();

            assertThat(read.createdAt()).isEqualTo(written.createdAt());
            assertThat(read.details().eta()).isEqualTo(written.details().eta());
            assertThat(read.details().flights()).isEqualTo(written.details().flights());
            assertThat(read.details().lastFreeDay()).isEqualTo(LocalDate.of(2025, 3, 30));
        } finally {
            TimeZone.setDefault(original);
        }
    }
}
