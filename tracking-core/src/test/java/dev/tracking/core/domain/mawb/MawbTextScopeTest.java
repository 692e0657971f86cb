package dev.tracking.core.domain.mawb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MawbTextScopeTest {

    @Test
    void anAwbNumberWithItsDashIsAPrefixAndCannotBeAHawbNumber() {
        assertThat(MawbTextScope.of("176-12345675"))
                .isEqualTo(new MawbTextScope("176-12345675", true, true, false, false));
        assertThat(MawbTextScope.of("176-1234")).isEqualTo(new MawbTextScope("176-1234", true, true, false, false));
        assertThat(MawbTextScope.of("176-")).isEqualTo(new MawbTextScope("176-", true, true, false, false));
    }

    @Test
    void aDashElsewhereIsASubstringOfTheNumberOnly() {
        assertThat(MawbTextScope.of("6-1234")).isEqualTo(new MawbTextScope("6-1234", true, false, false, false));
        assertThat(MawbTextScope.of("-")).isEqualTo(new MawbTextScope("-", true, false, false, false));
        assertThat(MawbTextScope.of("1761-234").awbNumberPrefix()).isFalse();
        assertThat(MawbTextScope.of("176-12-3").awbNumberPrefix()).isFalse();
        assertThat(MawbTextScope.of("176-123456789").awbNumber()).isFalse();
    }

    @Test
    void digitsMayBePartOfAnyNumber() {
        assertThat(MawbTextScope.of("12345675")).isEqualTo(new MawbTextScope("12345675", true, false, true, true));
        assertThat(MawbTextScope.of("17612345675"))
                .isEqualTo(new MawbTextScope("17612345675", true, false, true, true));
        assertThat(MawbTextScope.of("176123456750"))
                .isEqualTo(new MawbTextScope("176123456750", true, false, false, true));
        assertThat(MawbTextScope.of("1761234567501"))
                .isEqualTo(new MawbTextScope("1761234567501", false, false, false, false));
    }

    @Test
    void lettersMayBePartOfAHawbNumberAndSpacesOrPunctuationOnlyOfAName() {
        assertThat(MawbTextScope.of("ham00")).isEqualTo(new MawbTextScope("ham00", false, false, false, true));
        assertThat(MawbTextScope.of("Müller")).isEqualTo(new MawbTextScope("Müller", false, false, false, true));
        assertThat(MawbTextScope.of("müller & s")).isEqualTo(new MawbTextScope("müller & s", false, false, false,
                false));
        assertThat(MawbTextScope.of("inc.").hawbNumber()).isFalse();
        assertThat(MawbTextScope.of("%").hawbNumber()).isFalse();
        assertThat(MawbTextScope.of("abcdefghijklm").hawbNumber()).isFalse();
        assertThat(MawbTextScope.of("東京貿易株式会社東京貿易株式会社").hawbNumber()).isTrue();
    }
}
