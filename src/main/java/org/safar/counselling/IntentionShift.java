package org.safar.counselling;

/**
 * How clients' intentions moved between intake and their latest follow-up, for the same clients:
 * the figure the programme reports as "irregular migration 21 % → 8 %".
 *
 * @param clients clients with an intake in the period and at least one follow-up since
 */
public record IntentionShift(
    long clients,
    long irregularBefore,
    long irregularAfter,
    long regularBefore,
    long regularAfter) {

  public double irregularBeforePercent() {
    return percent(irregularBefore);
  }

  public double irregularAfterPercent() {
    return percent(irregularAfter);
  }

  public double regularBeforePercent() {
    return percent(regularBefore);
  }

  public double regularAfterPercent() {
    return percent(regularAfter);
  }

  private double percent(long part) {
    return clients == 0 ? 0 : Math.round(1000.0 * part / clients) / 10.0;
  }
}
