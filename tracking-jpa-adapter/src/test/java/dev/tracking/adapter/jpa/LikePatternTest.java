package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LikePatternTest {

    @Test
    void wildcardsAndTheEscapeCharacterMatchLiterally() {
        assertThat(LikePattern.containing("100% a_b \\ c")).isEqualTo("%100\\% a\\_b \\\\ c%");
    }

    @Test
    void plainTextIsWrappedOnly() {
        assertThat(LikePattern.containing("Müller")).isEqualTo("%Müller%");
    }

    @Test
    void theConditionLowersBothSidesAndNamesTheEscape() {
        assertThat(LikePattern.matches("m.awbNumber", ":p1"))
                .isEqualTo("lower(m.awbNumber) like lower(:p1) escape '\\'");
    }
}
