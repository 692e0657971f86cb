package dev.tracking.core.domain.common;

/** An identifier's check digit does not match its other digits; the error carries the digit that was expected. */
public final class CheckDigitException extends ValidationException {

    private final int expectedDigit;
    private final int actualDigit;

    public CheckDigitException(String field, String identifier, int expectedDigit, int actualDigit) {
        super(field, "check digit of " + identifier + " is " + actualDigit + " but must be " + expectedDigit);
        this.expectedDigit = expectedDigit;
        this.actualDigit = actualDigit;
    }

    public int expectedDigit() {
        return expectedDigit;
    }

    public int actualDigit() {
        return actualDigit;
    }
}
