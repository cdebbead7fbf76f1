package org.safar.assistance;

/** What an action is about; the same list names the areas an expert knows. */
public enum ActionTheme implements AssistanceTerm {
  TRAFFICKING,
  IRREGULAR_MIGRATION,
  LEGAL_MIGRATION,
  LABOUR_MIGRATION,
  MIGRATION_AND_DEVELOPMENT,
  BORDER_MANAGEMENT,
  RETURN_AND_READMISSION,
  MIGRATION_POLICY,
  MIGRATION_DATA,
  AWARENESS_RAISING;

  @Override
  public String vocabulary() {
    return "theme";
  }
}
