package dev.tracking.core.port.in.common;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

    @Test
    void firstPageHasNoCursorAndTheDefaultLimit() {
        assertThat(PageRequest.firstPage()).isEqualTo(new PageRequest(null, PageRequest.DEFAULT_LIMIT));
    }

    @Test
    void blankCursorMeansFirstPage() {
        assertThat(new PageRequest("  ", 10).cursor()).isNull();
        assertThat(new PageRequest(" abc ", 10).cursor()).isEqualTo("abc");
    }

    @Test
    void nextKeepsTheLimit() {
        assertThat(PageRequest.first(25).next("abc")).isEqualTo(new PageRequest("abc", 25));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, PageRequest.MAX_LIMIT + 1})
    void rejectsLimitOutsideOneToMax(int limit) {
        assertRejected(() -> PageRequest.first(limit), "limit");
    }

    @Test
    void acceptsLimitsAtTheBounds() {
        assertThat(PageRequest.first(1).limit()).isEqualTo(1);
        assertThat(PageRequest.first(PageRequest.MAX_LIMIT).limit()).isEqualTo(PageRequest.MAX_LIMIT);
    }

    @Test
    void rejectsCursorLongerThanAnyIssued() {
        assertRejected(() -> new PageRequest("c".repeat(513), 10), "cursor");
    }

    @Test
    void pageTellsWhetherAnotherFollows() {
        Page<String> last = new Page<>(List.of("a"), null);
        Page<String> more = new Page<>(List.of("a"), "next");

        assertThat(last.hasNext()).isFalse();
        assertThat(last.next()).isEmpty();
        assertThat(more.hasNext()).isTrue();
        assertThat(more.next()).contains("next");
    }
}
