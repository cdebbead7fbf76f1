package org.safar.training;

import java.util.Locale;

/** Where an import stands. */
public enum ImportState {
  QUEUED,
  VALIDATING,
  SAVING,
  /** Every row was saved. */
  DONE,
  /** Some rows were wrong: nothing was saved; the error report lists them. */
  REJECTED,
  /** The file as a whole could not be read (encoding, columns, size): nothing was saved. */
  REFUSED;

  public boolean finished() {
    return this == DONE || this == REJECTED || this == REFUSED;
  }

  public String messageKey() {
    return "training.import.state." + name().toLowerCase(Locale.ROOT);
  }
}
