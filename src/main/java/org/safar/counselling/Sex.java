package org.safar.counselling;

/** A client's sex as they state it. */
public enum Sex implements Term {
  FEMALE,
  MALE,
  OTHER,
  UNKNOWN;

  @Override
  public String vocabulary() {
    return "sex";
  }
}
