package dev.tracking.core.domain.measure;

import dev.tracking.core.domain.common.ValidationException;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * An amount of money in an ISO 4217 currency, exact: never more decimals than the currency has (2 for USD, 0 for JPY,
 * 3 for KWD). Arithmetic keeps the currency and refuses to mix currencies.
 */
public record Money(BigDecimal amount, Currency currency) {

    public static final String FIELD = "amount";

    public Money {
        if (amount == null || currency == null) {
            throw new ValidationException(FIELD, "amount and currency must be given");
        }
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        if (amount.stripTrailingZeros().scale() > digits) {
            throw new ValidationException(FIELD,
                    currency.getCurrencyCode() + " amounts have at most " + digits + " decimals");
        }
        if (amount.precision() - amount.scale() > 15) {
            throw new ValidationException(FIELD, "must be less than 10^15");
        }
        amount = amount.setScale(digits);
    }

    /** Parses an amount such as {@code 125.50} and a currency code such as {@code USD}. */
    public static Money of(String amount, String currencyCode) {
        BigDecimal value;
        try {
            value = new BigDecimal(amount.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new ValidationException(FIELD, "must be a decimal number such as 125.50");
        }
        return new Money(value, currency(currencyCode));
    }

    /** An ISO 4217 currency by its code; the error names the field {@code currency}. */
    public static Currency currency(String code) {
        try {
            return Currency.getInstance(code == null ? "" : code.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException("currency", "must be an ISO 4217 currency code such as USD");
        }
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) {
            throw new ValidationException("currency", "cannot add " + other.currency + " to " + currency);
        }
        return new Money(amount.add(other.amount), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
