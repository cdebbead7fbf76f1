package org.safar.referral;

import java.util.Locale;

/** A kind of service a person can be referred to. */
public enum ServiceType {
  LEGAL_AID,
  SOCIAL,
  PSYCHOSOCIAL,
  MEDICAL,
  SHELTER,
  EMPLOYMENT,
  VOCATIONAL_TRAINING,
  FINANCIAL_LITERACY,
  BIRTH_REGISTRATION;

  public String messageKey() {
    return "vocab.service." + name().toLowerCase(Locale.ROOT);
  }
}
