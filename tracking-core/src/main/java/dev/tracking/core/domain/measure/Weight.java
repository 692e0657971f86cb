package dev.tracking.core.domain.measure;

import dev.tracking.core.domain.common.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A gross or chargeable weight: a non-negative amount with at most 3 decimals, in kilograms or pounds. */
public record Weight(BigDecimal amount, WeightUnit unit) {

    public static final String FIELD = "weight";
    public static final int MAX_SCALE = 3;

    public Weight {
        if (amount == null || unit == null) {
            throw new ValidationException(FIELD, "amount and unit must be given");
        }
        if (amount.signum() < 0) {
            throw new ValidationException(FIELD, "must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > MAX_SCALE) {
            throw new ValidationException(FIELD, "must have at most " + MAX_SCALE + " decimals");
        }
        if (amount.precision() - amount.scale() > 9) {
            throw new ValidationException(FIELD, "must be less than 1,000,000,000");
        }
    }

    public static Weight kg(String amount) {
        return new Weight(new BigDecimal(amount), WeightUnit.KG);
    }

    public static Weight lb(String amount) {
        return new Weight(new BigDecimal(amount), WeightUnit.LB);
    }

    /** This weight in kilograms, rounded half-up to 3 decimals. */
    public BigDecimal inKilograms() {
        return amount.multiply(unit.kilograms()).setScale(MAX_SCALE, RoundingMode.HALF_UP);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit;
    }
}
