package org.safar.counselling;

/** What a client says they intend to do. */
public enum Intention implements Term {
  REGULAR,
  IRREGULAR,
  UNDECIDED,
  NOT_MIGRATING;

  @Override
  public String vocabulary() {
    return "intention";
  }
}
