package org.safar.counselling;

/** Where an inquiry is in the inbox. */
public enum InquiryStatus implements Term {
  OPEN,
  ANSWERED,
  CLOSED;

  @Override
  public String vocabulary() {
    return "inquiryStatus";
  }
}
