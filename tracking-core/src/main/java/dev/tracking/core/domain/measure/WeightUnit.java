package dev.tracking.core.domain.measure;

import java.math.BigDecimal;

public enum WeightUnit {
    KG(BigDecimal.ONE),
    /** The international avoirdupois pound, exactly 0.45359237 kg. */
    LB(new BigDecimal("0.45359237"));

    private final BigDecimal kilograms;

    WeightUnit(BigDecimal kilograms) {
        this.kilograms = kilograms;
    }

    /** How many kilograms one unit weighs. */
    public BigDecimal kilograms() {
        return kilograms;
    }
}
