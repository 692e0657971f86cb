package dev.tracking.core.domain.measure;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WeightTest {

    @Test
    void keepsAmountAndUnit() {
        Weight weight = Weight.kg("250.5");

        assertThat(weight.amount()).isEqualByComparingTo("250.5");
        assertThat(weight.unit()).isEqualTo(WeightUnit.KG);
        assertThat(weight).hasToString("250.5 KG");
    }

    @ParameterizedTest
    @CsvSource({"1,0.454", "100,45.359", "2.2,0.998", "0,0.000", "0.001,0.000"})
    void convertsPoundsToKilogramsRoundedHalfUpToThreeDecimals(String pounds, String kilograms) {
        assertThat(Weight.lb(pounds).inKilograms()).isEqualTo(new BigDecimal(kilograms));
    }

    @Test
    void kilogramsConvertToThemselvesAtScaleThree() {
        assertThat(Weight.kg("12.5").inKilograms()).isEqualTo(new BigDecimal("12.500"));
    }

    @Test
    void poundIsTheInternationalAvoirdupoisPound() {
        assertThat(WeightUnit.LB.kilograms()).isEqualByComparingTo("0.45359237");
        assertThat(WeightUnit.KG.kilograms()).isEqualByComparingTo("1");
    }

    @Test
    void acceptsThreeDecimalsAndTrailingZeros() {
        assertThat(Weight.kg("0.125").amount()).isEqualByComparingTo("0.125");
        assertThat(Weight.kg("1.50000").amount()).isEqualByComparingTo("1.5");
    }

    @Test
    void rejectsNegativeAmount() {
        assertRejected(() -> Weight.kg("-0.001"), Weight.FIELD);
    }

    @Test
    void rejectsMoreThanThreeDecimals() {
        assertRejected(() -> Weight.kg("1.0001"), Weight.FIELD);
    }

    @Test
    void rejectsOneBillionOrMore() {
        assertThat(Weight.kg("999999999.999").amount()).isEqualByComparingTo("999999999.999");
        assertRejected(() -> Weight.kg("1000000000"), Weight.FIELD);
    }

    @Test
    void rejectsMissingAmountOrUnit() {
        assertRejected(() -> new Weight(null, WeightUnit.KG), Weight.FIELD);
        assertRejected(() -> new Weight(BigDecimal.ONE, null), Weight.FIELD);
    }
}
