package dev.tracking.core.domain.common;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CheckTest {

    @Test
    void passesWhenEveryConditionHolds() {
        assertThatCode(() -> Check.start().that(true, "a", "bad").notNull("x", "b").orThrow())
                .doesNotThrowAnyException();
    }

    @Test
    void collectsEveryViolationInOrderBeforeThrowing() {
        var e = assertRejected(() -> Check.start()
                .that(false, "first", "is wrong")
                .notNull("given", "fine")
                .notNull(null, "second")
                .that(false, "third", "is wrong too")
                .orThrow(), "first", "second", "third");

        assertThat(e.violations().get(1).message()).isEqualTo("must be given");
        assertThat(e).hasMessage("first: is wrong; second: must be given; third: is wrong too");
    }

    @Test
    void nestedKeepsTheViolationsOfANestedValidation() {
        assertRejected(() -> Check.start()
                .nested(() -> {
                    throw new ValidationException("awbNumber", "bad");
                })
                .notNull(null, "details")
                .orThrow(), "awbNumber", "details");
    }

    @Test
    void nestedKeepsEveryViolationOfTheNestedError() {
        ValidationException twoFields =
                new ValidationException(List.of(new FieldViolation("a", "x"), new FieldViolation("b", "y")));

        assertRejected(() -> Check.start().nested(() -> {
            throw twoFields;
        }).orThrow(), "a", "b");
    }

    @Test
    void nestedLetsOtherExceptionsThrough() {
        assertThatIllegalStateException().isThrownBy(() -> Check.start().nested(() -> {
            throw new IllegalStateException("boom");
        }));
    }

    @Test
    void requiredReturnsTheValueOrNamesTheField() {
        assertThat(Check.required("x", "field")).isEqualTo("x");
        assertRejected(() -> Check.required(null, "field"), "field");
    }

    @Test
    void requiredTextStripsAndChecksLength() {
        assertThat(Check.requiredText("  abc  ", "field", 3)).isEqualTo("abc");
        assertRejected(() -> Check.requiredText("abcd", "field", 3), "field");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" \t "})
    void requiredTextRejectsBlank(String text) {
        assertRejected(() -> Check.requiredText(text, "field", 10), "field");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" \t "})
    void optionalTextTurnsBlankIntoNull(String text) {
        assertThat(Check.optionalText(text, "field", 10)).isNull();
    }

    @Test
    void optionalTextStripsAndChecksLength() {
        assertThat(Check.optionalText(" ab ", "field", 2)).isEqualTo("ab");
        assertRejected(() -> Check.optionalText("abc", "field", 2), "field");
    }

    @Test
    void positiveAcceptsOnlyNumbersAboveZero() {
        assertThat(Check.positive(1, "limit")).isEqualTo(1);
        assertRejected(() -> Check.positive(0, "limit"), "limit");
        assertRejected(() -> Check.positive(-5, "limit"), "limit");
    }
}
