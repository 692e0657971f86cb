package dev.tracking.core.port.in.hawb;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.hawb.HawbCriteria;
import dev.tracking.core.domain.hawb.HawbSort;
import dev.tracking.core.domain.hawb.HawbSortField;
import dev.tracking.core.domain.identifier.HawbNumber;
import dev.tracking.core.port.in.common.PageRequest;
import dev.tracking.core.testing.Fixtures;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class HawbCommandsTest {

    private static final HawbId HAWB = HawbId.of(UUID.fromString("0192f3e4-0000-7000-8000-000000000004"));

    @Test
    void createKeepsItsParts() {
        CreateHawbCommand command = new CreateHawbCommand(Fixtures.mawbId(), HawbNumber.parse("HX1"),
                Fixtures.hawbDetails());

        assertThat(command.hawbNumber()).isEqualTo(HawbNumber.parse("HX1"));
    }

    @Test
    void createReportsEveryMissingFieldAtOnce() {
        assertRejected(() -> new CreateHawbCommand(null, null, null), "mawbId", "hawbNumber", "details");
    }

    @Test
    void updateReportsEveryBadFieldAtOnce() {
        assertRejected(() -> new UpdateHawbCommand(null, 0, null), "id", "expectedVersion", "details");
    }

    @Test
    void updateRejectsVersionBelowOne() {
        assertRejected(() -> new UpdateHawbCommand(HAWB, -3, Fixtures.hawbDetails()), "expectedVersion");
        assertThat(new UpdateHawbCommand(HAWB, 1, Fixtures.hawbDetails()).expectedVersion()).isEqualTo(1);
    }

    @Test
    void listDefaultsToAnyNewestFirstFirstPage() {
        ListHawbsCommand command = new ListHawbsCommand(null, null, null);

        assertThat(command.criteria()).isEqualTo(HawbCriteria.any());
        assertThat(command.sort()).isEqualTo(HawbSort.NEWEST_FIRST);
        assertThat(command.page()).isEqualTo(PageRequest.firstPage());
    }

    @Test
    void listWithPageKeepsCriteriaAndSort() {
        HawbSort byNumber = new HawbSort(HawbSortField.HAWB_NUMBER, SortDirection.ASC);
        ListHawbsCommand command = new ListHawbsCommand(HawbCriteria.of(Fixtures.mawbId()), byNumber, null);

        ListHawbsCommand next = command.withPage(PageRequest.first(10).next("cursor-1"));

        assertThat(next.criteria()).isEqualTo(command.criteria());
        assertThat(next.sort()).isEqualTo(byNumber);
        assertThat(next.page().cursor()).isEqualTo("cursor-1");
    }

    @Test
    void listWithPageRejectsMissingPage() {
        assertRejected(() -> new ListHawbsCommand(null, null, null).withPage(null), "page");
    }
}
