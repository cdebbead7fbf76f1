package org.safar.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Arabic-script letters take the form their neighbours call for, Persian ones included. */
class ArabicLettersTest {

  @Test
  void persianLettersJoinLikeArabicOnes() {
    // کمک: keheh initial, meem medial, keheh final
    assertThat(ArabicLetters.shape("کمک")).isEqualTo("\uFB90\uFEE4\uFB8F");
    // این: alef isolated, farsi yeh initial (it cannot join the alef before it), noon final
    assertThat(ArabicLetters.shape("این")).isEqualTo("\uFE8D\uFBFE\uFEE6");
    // ژ joins only the letter before it, so the alef after it stands alone
    assertThat(ArabicLetters.shape("ژا")).isEqualTo("\uFB8A\uFE8D");
  }

  @Test
  void lamAlefIsOneLigatureAndMarksAreLeftOut() {
    assertThat(ArabicLetters.shape("لا")).isEqualTo("\uFEFB");
    assertThat(ArabicLetters.shape("سلام")).isEqualTo("\uFEB3\uFEFC\uFEE1");
    // the shadda of مقدّم would be drawn beside the dal: it is dropped, the letters stay
    assertThat(ArabicLetters.unshape(ArabicLetters.shape("مقدّم"))).isEqualTo("مقدم");
  }

  @Test
  void aZeroWidthNonJoinerBreaksTheJoinAndOtherScriptsAreUntouched() {
    assertThat(ArabicLetters.shape("ارجاع\u200Cها")).contains("\uFEC9\u200C\uFEEB");
    assertThat(ArabicLetters.shape("Зарина Shapla 42")).isEqualTo("Зарина Shapla 42");
    assertThat(ArabicLetters.unshape(ArabicLetters.shape("شریک نشده"))).isEqualTo("شریک نشده");
  }
}
