package org.safar.counselling;

/** Age bands for reporting when no birth year is known. */
public enum AgeBand implements Term {
  UNDER_18,
  AGE_18_24,
  AGE_25_34,
  AGE_35_49,
  AGE_50_PLUS;

  @Override
  public String vocabulary() {
    return "ageBand";
  }
}
