package org.safar.assistance;

/** The kinds of activity an action is made of. */
public enum ActivityKind implements AssistanceTerm {
  FACT_FINDING_MISSION,
  SCOPING_MISSION,
  ASSESSMENT_MISSION,
  EXPERT_MISSION,
  INFORMATION_SESSION,
  WORKSHOP,
  TRAINING,
  TRAINING_OF_TRAINERS,
  STUDY_VISIT,
  ROUNDTABLE,
  SEMINAR,
  CONFERENCE,
  DRAFTING_SUPPORT;

  @Override
  public String vocabulary() {
    return "kind";
  }

  /** A study visit takes officials abroad, so it names the host country. */
  public boolean needsHostCountry() {
    return this == STUDY_VISIT;
  }
}
