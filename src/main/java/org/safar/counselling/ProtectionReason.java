package org.safar.counselling;

/** Why a case is protected. */
public enum ProtectionReason implements Term {
  /** A victim of trafficking in human beings. */
  TRAFFICKING,
  /** A survivor of sexual and gender-based violence. */
  SGBV,
  /** An unaccompanied or separated minor. */
  UNACCOMPANIED_MINOR;

  @Override
  public String vocabulary() {
    return "protection";
  }
}
