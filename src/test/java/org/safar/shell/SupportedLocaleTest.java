package org.safar.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SupportedLocaleTest {

  @Test
  void matchesExactTagsThenLanguagesAndFallsBackToEnglish() {
    assertThat(SupportedLocale.of(Locale.forLanguageTag("fa-AF"))).isEqualTo(SupportedLocale.DARI);
    assertThat(SupportedLocale.of(Locale.forLanguageTag("fa-IR"))).isEqualTo(SupportedLocale.DARI);
    assertThat(SupportedLocale.of(Locale.forLanguageTag("ar-IQ")))
        .isEqualTo(SupportedLocale.ARABIC);
    assertThat(SupportedLocale.of(Locale.forLanguageTag("ru-TJ")))
        .isEqualTo(SupportedLocale.RUSSIAN);
    assertThat(SupportedLocale.of(Locale.forLanguageTag("de"))).isEqualTo(SupportedLocale.ENGLISH);
    assertThat(SupportedLocale.of(null)).isEqualTo(SupportedLocale.ENGLISH);
  }

  @Test
  void arabicScriptLocalesAreRightToLeft() {
    assertThat(SupportedLocale.DARI.rightToLeft()).isTrue();
    assertThat(SupportedLocale.ARABIC.rightToLeft()).isTrue();
    assertThat(SupportedLocale.ENGLISH.rightToLeft()).isFalse();
    assertThat(SupportedLocale.RUSSIAN.rightToLeft()).isFalse();
  }
}
