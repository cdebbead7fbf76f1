package org.safar.counselling;

/** How a client gave consent. */
public enum ConsentMethod implements Term {
  VERBAL,
  WRITTEN,
  DIGITAL;

  @Override
  public String vocabulary() {
    return "consentMethod";
  }
}
