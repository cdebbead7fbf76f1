package org.safar.dialogue;

import java.util.Locale;

/** What kind of knowledge product it is. */
public enum ProductKind {
  REPORT,
  POLICY_BRIEF,
  STUDY,
  TOOLKIT,
  GUIDELINE,
  OTHER;

  public String messageKey() {
    return "vocab.productKind." + name().toLowerCase(Locale.ROOT);
  }
}
