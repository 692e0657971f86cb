package dev.tracking.core.domain.mawb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MawbTextScopeTest {

    @Test
    void anAwbNumberFromItsStartWithTheDashIsAPrefixAndNoHawbNumber() {
        assertThat(MawbTextScope.of("176-12345675"))
                .isEqualTo(new MawbTextScope("176-12345675", "176-12345675", false, false, false));
        assertThat(MawbTextScope.of("176-1234")).isEqualTo(new MawbTextScope("176-1234", "176-1234", false, false,
                false));
        assertThat(MawbTextScope.of("176-")).isEqualTo(new MawbTextScope("176-", "176-", false, false, false));
    }

    @Test
    void elevenDigitsAreAWholeNumberWithoutItsDash() {
        assertThat(MawbTextScope.of("17612345675"))
                .isEqualTo(new MawbTextScope("17612345675", "176-12345675", false, false, true));
    }

    @Test
    void aDashAfterFewerDigitsIsASubstringOfTheNumberWithItsDash() {
        assertThat(MawbTextScope.of("6-1234")).isEqualTo(new MawbTextScope("6-1234", null, true, false, false));
        assertThat(MawbTextScope.of("-")).isEqualTo(new MawbTextScope("-", null, true, false, false));
        assertThat(MawbTextScope.of("-12345678")).isEqualTo(new MawbTextScope("-12345678", null, true, false, false));
    }

    @Test
    void textsNoAwbNumberCanHoldMatchNoneOfItsForms() {
        for (String text : new String[] {"1761-234", "176-12-3", "176-123456789", "--", "176123456750", "ham-1"}) {
            MawbTextScope scope = MawbTextScope.of(text);
            assertThat(scope.awbNumberPrefix()).as(text).isNull();
            assertThat(scope.awbNumber()).as(text).isFalse();
            assertThat(scope.awbDigits()).as(text).isFalse();
        }
    }

    @Test
    void upToTenDigitsMayBeInTheNumberWithoutItsDashOrInAHawbNumber() {
        assertThat(MawbTextScope.of("12345675")).isEqualTo(new MawbTextScope("12345675", null, false, true, true));
        assertThat(MawbTextScope.of("6123456750"))
                .isEqualTo(new MawbTextScope("6123456750", null, false, true, true));
        assertThat(MawbTextScope.of("176123456750"))
                .isEqualTo(new MawbTextScope("176123456750", null, false, false, true));
        assertThat(MawbTextScope.of("1761234567501"))
                .isEqualTo(new MawbTextScope("1761234567501", null, false, false, false));
    }

    @Test
    void lettersMayBePartOfAHawbNumberAndSpacesOrPunctuationOnlyOfAName() {
        assertThat(MawbTextScope.of("ham00")).isEqualTo(new MawbTextScope("ham00", null, false, false, true));
        assertThat(MawbTextScope.of("Müller")).isEqualTo(new MawbTextScope("Müller", null, false, false, true));
        assertThat(MawbTextScope.of("müller & s"))
                .isEqualTo(new MawbTextScope("müller & s", null, false, false, false));
        assertThat(MawbTextScope.of("inc.").hawbNumber()).isFalse();
        assertThat(MawbTextScope.of("%").hawbNumber()).isFalse();
        assertThat(MawbTextScope.of("abcdefghijklm").hawbNumber()).isFalse();
        assertThat(MawbTextScope.of("東京貿易株式会社東京貿易株式会社").hawbNumber()).isTrue();
    }
}
