package org.safar.counselling;

/** What a group session is for. */
public enum GroupSessionKind implements Term {
  INFORMATION,
  PRE_DEPARTURE;

  @Override
  public String vocabulary() {
    return "groupKind";
  }
}
