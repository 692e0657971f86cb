package dev.tracking.core.domain.measure;

import dev.tracking.core.domain.common.ValidationException;
import java.math.BigDecimal;

/** A shipment's volume: a non-negative amount with at most 3 decimals, in cubic metres or cubic feet. */
public record Volume(BigDecimal amount, VolumeUnit unit) {

    public static final String FIELD = "volume";

    public Volume {
        if (amount == null || unit == null) {
            throw new ValidationException(FIELD, "amount and unit must be given");
        }
        if (amount.signum() < 0) {
            throw new ValidationException(FIELD, "must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > 3) {
            throw new ValidationException(FIELD, "must have at most 3 decimals");
        }
        if (amount.precision() - amount.scale() > 9) {
            throw new ValidationException(FIELD, "must be less than 1,000,000,000");
        }
    }

    public static Volume cbm(String amount) {
        return new Volume(new BigDecimal(amount), VolumeUnit.CBM);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit;
    }
}
