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
    void aPrefixMatchesLiterallyAndIsFollowedByAnything() {
        assertThat(LikePattern.startingWith("reminder:100%_a\\")).isEqualTo("reminder:100\\%\\_a\\\\%");
        assertThat(LikePattern.startingWith("")).isEqualTo("%");
    }

    @Test
    void thePrefixConditionKeepsTheColumnBareForItsIndex() {
        assertThat(LikePattern.startsWith("j.liveIdempotencyKey", ":prefix"))
                .isEqualTo("j.liveIdempotencyKey like :prefix escape '\\'");
    }

    @Test
    void theConditionLowersBothSidesAndNamesTheEscape() {
        assertThat(LikePattern.matches("m.awbNumber", ":p1"))
                .isEqualTo("lower(m.awbNumber) like lower(:p1) escape '\\'");
    }
}
