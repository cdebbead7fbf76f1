package org.safar.counselling;

/** The rule for a stated intention: both the intention and a likelihood from 1 to 5, or neither. */
final class Intentions {

  private Intentions() {}

  static void check(Intention intention, Integer likelihood) {
    if (intention == null && likelihood == null) {
      return;
    }
    if (intention == null) {
      throw new InvalidCounsellingInputException("intention", "intention.error.missing");
    }
    if (likelihood == null || likelihood < 1 || likelihood > 5) {
      throw new InvalidCounsellingInputException("likelihood", "intention.error.likelihood");
    }
  }
}
