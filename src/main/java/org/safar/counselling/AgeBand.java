package org.safar.counselling;

/** Age bands for reporting when no birth year is known. */
public enum AgeBand implements Term {
  UNDER_18,
  AGE_18_24,
  AGE_25_34,
  AGE_35_49,
  AGE_50_PLUS;

  /** The band of someone born in that year, by this year's age (as erasure computes it). */
  static AgeBand of(int birthYear) {
    int age = java.time.Year.now().getValue() - birthYear;
    if (age < 18) {
      return UNDER_18;
    }
    if (age < 25) {
      return AGE_18_24;
    }
    if (age < 35) {
      return AGE_25_34;
    }
    return age < 50 ? AGE_35_49 : AGE_50_PLUS;
  }

  @Override
  public String vocabulary() {
    return "ageBand";
  }
}
