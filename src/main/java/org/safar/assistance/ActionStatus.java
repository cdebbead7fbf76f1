package org.safar.assistance;

/**
 * Where an action stands: a government institution's request, accepted, the fact-finding (scoping,
 * assessment) stage, implementation, completed. An action in implementation without an end date is
 * the seed's "present": still running.
 */
public enum ActionStatus implements AssistanceTerm {
  REQUESTED,
  ACCEPTED,
  SCOPING,
  IMPLEMENTATION,
  COMPLETED;

  @Override
  public String vocabulary() {
    return "status";
  }
}
