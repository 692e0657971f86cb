package dev.tracking.core.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.audit.AuditCriteria;
import dev.tracking.core.domain.audit.AuditEntry;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.port.in.audit.SearchAuditCommand;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import dev.tracking.core.port.in.mawb.UpdateMawbCommand;
import dev.tracking.core.port.out.MawbRepository;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.inmemory.InMemoryPersistence;
import dev.tracking.testsupport.inmemory.InMemoryMawbRepository;
import dev.tracking.testsupport.inmemory.InMemoryStore;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The audit's "before" of an update comes from what the unit of work already read: no second read of the record. */
class AuditReadsTest {

    @Test
    void anUpdateReadsItsRecordOnceAndStillAuditsTheChange() {
        InMemoryStore store = new InMemoryStore();
        AtomicInteger reads = new AtomicInteger();
        MawbRepository counting = new InMemoryMawbRepository(store) {
            @Override
            public Optional<Mawb> findById(MawbId id) {
                reads.incrementAndGet();
                return super.findById(id);
            }
        };
        PersistencePorts ports = InMemoryPersistence.create(store).withMawbs(counting);
        PlatformFixture fx = new PlatformFixture(PlatformFixture.DEFAULT_NOW, ports);
        fx.registerLufthansa();
        Mawb created = fx.platform.mawbs().create(new CreateMawbCommand(TestData.awbNumber(1),
                TestData.mawbDetails()));
        reads.set(0);

        fx.platform.mawbs().update(new UpdateMawbCommand(created.id(), created.version(),
                TestData.mawbBuilder(1).consignee("Acme Imports LLC").build().details()));

        assertThat(reads).hasValue(1);
        AuditEntry update = fx.platform.audit().search(SearchAuditCommand.newestFirst(
                AuditCriteria.historyOf("MAWB", created.id().toString()))).items().get(0);
        assertThat(update.changes()).containsKey("details.consignee.name");
        assertThat(update.changes().get("details.consignee.name").after()).isEqualTo("Acme Imports LLC");
    }
}
