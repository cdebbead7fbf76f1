package org.safar.counselling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntentionShiftTest {

  @Test
  void sharesAreOfTheSameClientsRoundedToOneDecimal() {
    IntentionShift shift = new IntentionShift(1000, 210, 80, 732, 799);
    assertThat(shift.irregularBeforePercent()).isEqualTo(21.0);
    assertThat(shift.irregularAfterPercent()).isEqualTo(8.0);
    assertThat(shift.regularBeforePercent()).isEqualTo(73.2);
    assertThat(shift.regularAfterPercent()).isEqualTo(79.9);
    assertThat(new IntentionShift(0, 0, 0, 0, 0).irregularBeforePercent()).isZero();
  }

  @Test
  void phoneNumbersMatchWhateverTheyAreWrittenWith() {
    assertThat(Clients.phoneDigits("+880 1711-000111"))
        .isEqualTo(Clients.phoneDigits("01711000111"));
    assertThat(Clients.phoneDigits("12")).isNull();
    assertThat(Clients.phoneDigits(null)).isNull();
  }
}
