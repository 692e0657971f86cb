package dev.tracking.core.domain.measure;

import static dev.tracking.core.testing.ValidationAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"125.5,USD,125.50", "1000,JPY,1000", "1000.0,JPY,1000", "1.234,KWD,1.234", "7,KWD,7.000"})
    void scalesAmountToTheCurrencysDecimals(String amount, String currency, String expected) {
        Money money = Money.of(amount, currency);

        assertThat(money.amount()).isEqualTo(new BigDecimal(expected));
        assertThat(money.currency()).isEqualTo(Currency.getInstance(currency));
    }

    @Test
    void formatsAmountAndCurrencyCode() {
        assertThat(Money.of("125.5", "USD")).hasToString("125.50 USD");
    }

    @ParameterizedTest
    @CsvSource({"1.005,USD", "1000.5,JPY", "1.2345,KWD"})
    void refusesMoreDecimalsThanTheCurrencyHas(String amount, String currency) {
        var e = assertRejected(() -> Money.of(amount, currency), Money.FIELD);

        assertThat(e.violations().get(0).message()).contains(currency);
    }

    @Test
    void refusesOneQuadrillionOrMore() {
        assertThat(Money.of("999999999999999.99", "USD").amount()).isEqualByComparingTo("999999999999999.99");
        assertRejected(() -> Money.of("1000000000000000", "USD"), Money.FIELD);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"12,50", "abc", "1.2.3"})
    void refusesAmountThatIsNotADecimalNumber(String amount) {
        assertRejected(() -> Money.of(amount, "USD"), Money.FIELD);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"XYZ", "US", "DOLLAR"})
    void refusesUnknownCurrencyNamingCurrencyField(String code) {
        assertRejected(() -> Money.of("1", code), "currency");
    }

    @Test
    void refusesMissingAmountOrCurrency() {
        assertRejected(() -> new Money(null, Currency.getInstance("USD")), Money.FIELD);
        assertRejected(() -> new Money(BigDecimal.ONE, null), Money.FIELD);
    }

    @Test
    void addsAmountsOfOneCurrency() {
        assertThat(Money.of("10.25", "USD").plus(Money.of("0.75", "USD"))).isEqualTo(Money.of("11", "USD"));
    }

    @Test
    void refusesToAddAnotherCurrency() {
        assertRejected(() -> Money.of("10", "USD").plus(Money.of("10", "EUR")), "currency");
    }

    @Test
    void equalAmountsWrittenDifferentlyAreEqual() {
        assertThat(Money.of("1.5", "USD")).isEqualTo(Money.of("1.50", "USD"));
    }

    @Test
    void tellsNegativeAmounts() {
        assertThat(Money.of("-5", "USD").isNegative()).isTrue();
        assertThat(Money.of("0", "USD").isNegative()).isFalse();
    }
}
