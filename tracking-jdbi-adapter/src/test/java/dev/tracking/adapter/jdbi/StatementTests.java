package dev.tracking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.database.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How many statements the adapter runs: lists load children per page, not per MAWB. */
abstract class StatementTests {

    private StatementSpy spy;
    private JdbiPersistence persistence;

    abstract TestDatabase database();

    @BeforeEach
    void spyOnAnEmptyDatabase() {
        database().truncateAll();
        spy = new StatementSpy(database().dataSource());
        persistence = JdbiPersistence.create(spy.dataSource());
        persistence.carriers().insert(TestData.carrier());
        for (int serial = 1; serial <= 12; serial++) {
            persistence.mawbs().insert(TestData.mawbBuilder(serial)
                    .equipment(TestData.uld(), TestData.container()).build());
        }
        spy.reset();
    }

    @Test
    void aPageOfMawbsTakesOneQueryPerTable() {
        List<Mawb> page = persistence.mawbs().list(MawbCriteria.any(), MawbSort.NEWEST_FIRST, null, 10);

        assertThat(page).hasSize(10).allSatisfy(m -> {
            assertThat(m.details().flights()).hasSize(1);
            assertThat(m.details().equipment()).hasSize(2);
            assertThat(m.details().references()).hasSize(1);
        });
        assertThat(spy.executions()).as("the page, its flights, references and equipment").isEqualTo(4);
    }

    @Test
    void aMawbsListsAreWrittenInBatches() {
        persistence.mawbs().insert(TestData.mawbBuilder(99).equipment(TestData.uld(), TestData.container()).build());

        assertThat(spy.callsOf("insert into mawb_equipment")).extracting(StatementSpy.Call::method)
                .containsExactly("addBatch", "addBatch", "executeBatch");
    }
}
