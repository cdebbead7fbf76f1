package org.safar.assistance;

/** What an action produces for the institution that asked for it. */
public enum DeliverableKind implements AssistanceTerm {
  DRAFT_LAW,
  POLICY,
  STRATEGY,
  HANDBOOK,
  SOP,
  GUIDELINES,
  ROADMAP,
  CAMPAIGN_MATERIAL,
  REPORT;

  @Override
  public String vocabulary() {
    return "deliverable";
  }
}
