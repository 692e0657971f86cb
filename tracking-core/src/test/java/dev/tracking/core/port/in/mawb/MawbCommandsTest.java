package dev.tracking.core.port.in.mawb;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.domain.mawb.MawbSortField;
import dev.tracking.core.port.in.common.PageRequest;
import dev.tracking.core.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MawbCommandsTest {

    @Test
    void createKeepsItsParts() {
        CreateMawbCommand command = new CreateMawbCommand(AwbNumber.parse("176-12345675"), Fixtures.mawbDetails());

        assertThat(command.awbNumber()).hasToString("176-12345675");
    }

    @Test
    void createReportsEveryMissingFieldAtOnce() {
        assertRejected(() -> new CreateMawbCommand(null, null), "awbNumber", "details");
    }

    @Test
    void updateReportsEveryBadFieldAtOnce() {
        assertRejected(() -> new UpdateMawbCommand(null, 0, null), "id", "expectedVersion", "details");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void updateRejectsVersionBelowOne(long version) {
        assertRejected(() -> new UpdateMawbCommand(Fixtures.mawbId(), version, Fixtures.mawbDetails()),
                "expectedVersion");
    }

    @Test
    void listDefaultsToAnyNewestFirstFirstPage() {
        ListMawbsCommand command = ListMawbsCommand.firstPage(null);

        assertThat(command.criteria()).isEqualTo(MawbCriteria.any());
        assertThat(command.sort()).isEqualTo(MawbSort.NEWEST_FIRST);
        assertThat(command.page()).isEqualTo(PageRequest.firstPage());
    }

    @Test
    void listWithPageKeepsCriteriaAndSort() {
        MawbSort byEta = new MawbSort(MawbSortField.ETA, SortDirection.ASC);
        MawbCriteria criteria = MawbCriteria.any().withText("176");
        ListMawbsCommand next = new ListMawbsCommand(criteria, byEta, null).withPage(new PageRequest("c2", 20));

        assertThat(next.criteria()).isEqualTo(criteria);
        assertThat(next.sort()).isEqualTo(byEta);
        assertThat(next.page()).isEqualTo(new PageRequest("c2", 20));
    }

    @Test
    void listWithPageRejectsMissingPage() {
        assertRejected(() -> ListMawbsCommand.firstPage(MawbCriteria.any()).withPage(null), "page");
    }
}
