package dev.tracking.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.tracking.core.domain.common.CheckDigitException;
import dev.tracking.core.domain.common.FieldViolation;
import dev.tracking.core.domain.common.ValidationException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on the {@link ValidationException}s that value objects and commands throw for bad input. */
public final class ValidationAssertions {

    /**
     * Asserts that {@code call} throws a {@link ValidationException} naming exactly the given fields, in order, and
     * returns it for further checks.
     */
    public static ValidationException assertRejected(ThrowingCallable call, String... fields) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(ValidationException.class);
        ValidationException exception = (ValidationException) thrown;
        assertThat(exception.violations()).extracting(FieldViolation::field).containsExactly(fields);
        assertThat(exception.field()).isEqualTo(fields[0]);
        return exception;
    }

    /** Asserts that {@code call} throws a {@link CheckDigitException} for {@code field} expecting {@code digit}. */
    public static CheckDigitException assertWrongCheckDigit(ThrowingCallable call, String field, int expectedDigit) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(CheckDigitException.class);
        CheckDigitException exception = (CheckDigitException) thrown;
        assertThat(exception.field()).isEqualTo(field);
        assertThat(exception.expectedDigit()).isEqualTo(expectedDigit);
        return exception;
    }

    private ValidationAssertions() {
    }
}
