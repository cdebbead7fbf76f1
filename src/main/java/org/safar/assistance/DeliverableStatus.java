package org.safar.assistance;

/** How far a deliverable has come: drafted by the experts, validated, adopted by the government. */
public enum DeliverableStatus implements AssistanceTerm {
  DRAFTED,
  VALIDATED,
  ADOPTED;

  @Override
  public String vocabulary() {
    return "deliverableStatus";
  }
}
