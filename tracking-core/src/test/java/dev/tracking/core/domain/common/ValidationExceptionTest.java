package dev.tracking.core.domain.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {

    @Test
    void singleViolationNamesItsField() {
        ValidationException e = new ValidationException("awbNumber", "must be given");

        assertThat(e.field()).isEqualTo("awbNumber");
        assertThat(e.violations()).containsExactly(new FieldViolation("awbNumber", "must be given"));
        assertThat(e).hasMessage("awbNumber: must be given");
        assertThat(e).isInstanceOf(TrackingException.class);
    }

    @Test
    void fieldIsTheFirstOfSeveral() {
        ValidationException e = new ValidationException(
                List.of(new FieldViolation("origin", "must be given"), new FieldViolation("pieces", "too many")));

        assertThat(e.field()).isEqualTo("origin");
        assertThat(e).hasMessage("origin: must be given; pieces: too many");
    }

    @Test
    void needsAtLeastOneViolation() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ValidationException(List.of()));
    }

    @Test
    void keepsAnUnmodifiableCopyOfTheViolations() {
        List<FieldViolation> violations = new ArrayList<>(List.of(new FieldViolation("a", "x")));
        ValidationException e = new ValidationException(violations);
        violations.add(new FieldViolation("b", "y"));

        assertThat(e.violations()).hasSize(1).isUnmodifiable();
    }

    @Test
    void nestedUnderPrefixesEveryFieldAndKeepsMessages() {
        ValidationException e = new ValidationException(
                List.of(new FieldViolation("name", "must not be blank"), new FieldViolation("countryCode", "bad")));

        ValidationException nested = e.nestedUnder("shipper");

        assertThat(nested.violations()).containsExactly(new FieldViolation("shipper.name", "must not be blank"),
                new FieldViolation("shipper.countryCode", "bad"));
        assertThat(nested.field()).isEqualTo("shipper.name");
        assertThat(nested).hasMessage("shipper.name: must not be blank; shipper.countryCode: bad");
        assertThat(e.field()).as("the original is unchanged").isEqualTo("name");
    }

    @Test
    void nestedUnderCanBeRepeatedForDeeperPaths() {
        ValidationException e = new ValidationException("eta", "must be after etd");

        assertThat(e.nestedUnder("flights[1]").nestedUnder("details").field()).isEqualTo("details.flights[1].eta");
    }

    @Test
    void checkDigitExceptionIsAValidationExceptionCarryingBothDigits() {
        CheckDigitException e = new CheckDigitException("awbNumber", "176-12345676", 5, 6);

        assertThat(e).isInstanceOf(ValidationException.class);
        assertThat(e.field()).isEqualTo("awbNumber");
        assertThat(e.expectedDigit()).isEqualTo(5);
        assertThat(e.actualDigit()).isEqualTo(6);
        assertThat(e.getMessage()).contains("176-12345676").contains("5").contains("6");
    }

    @Test
    void fieldViolationNeedsFieldAndMessage() {
        assertThatNullPointerException().isThrownBy(() -> new FieldViolation(null, "x"));
        assertThatNullPointerException().isThrownBy(() -> new FieldViolation("x", null));
        assertThat(new FieldViolation("pieces", "too many")).hasToString("pieces: too many");
    }
}
