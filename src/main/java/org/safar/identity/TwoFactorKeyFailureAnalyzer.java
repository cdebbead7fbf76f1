package org.safar.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing or malformed two-factor key into Spring Boot's short start-up report. */
class TwoFactorKeyFailureAnalyzer extends AbstractFailureAnalyzer<TwoFactorKeyException> {

  @Override
  protected FailureAnalysis analyze(Throwable root, TwoFactorKeyException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), null);
  }
}
