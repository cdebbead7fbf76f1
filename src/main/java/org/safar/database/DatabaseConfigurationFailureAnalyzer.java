package org.safar.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a wrong database setting into Spring Boot's short start-up report, not a stack trace. */
class DatabaseConfigurationFailureAnalyzer
    extends AbstractFailureAnalyzer<DatabaseConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable root, DatabaseConfigurationException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), null);
  }
}
