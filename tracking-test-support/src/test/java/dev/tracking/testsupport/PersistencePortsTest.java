package dev.tracking.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.port.out.TransactionRunner;
import dev.tracking.testsupport.inmemory.InMemoryPersistence;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class PersistencePortsTest {

    @Test
    void replacesOnePortAndKeepsTheOthers() {
        PersistencePorts ports = InMemoryPersistence.create();
        TransactionRunner noTransactions = new TransactionRunner() {
            @Override
            public <T> T inTransaction(Supplier<T> work) {
                return work.get();
            }
        };

        PersistencePorts changed = ports.withTransactions(noTransactions);

        assertThat(changed.transactions()).isSameAs(noTransactions);
        assertThat(changed.mawbs()).isSameAs(ports.mawbs());
        assertThat(changed.withMawbs(ports.mawbs())).isEqualTo(changed);
        assertThat(ports.withCarriers(ports.carriers()).withFileTypes(ports.fileTypes()).withHawbs(ports.hawbs())
                .withEvents(ports.events()).withAttachments(ports.attachments()).withBills(ports.bills())
                .withPermissions(ports.permissions()).withAuditLog(ports.auditLog()))
                .isEqualTo(ports);
    }

    @Test
    void refusesAMissingPort() {
        PersistencePorts ports = InMemoryPersistence.create();

        assertThatThrownBy(() -> ports.withBills(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("bills");
        assertThatThrownBy(() -> ports.withPermissions(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("permissions");
        assertThatThrownBy(() -> ports.withAuditLog(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("auditLog");
    }

    @Test
    void ofTakesEveryPortOfAnAdapter() {
        PersistencePorts ports = InMemoryPersistence.create();

        assertThat(PersistencePorts.of(ports)).isEqualTo(ports);
    }
}
