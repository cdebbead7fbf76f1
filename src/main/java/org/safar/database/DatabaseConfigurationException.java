package org.safar.database;

/** A database setting that keeps Safar from starting; the message names the setting. */
class DatabaseConfigurationException extends RuntimeException {

  private final String action;

  DatabaseConfigurationException(String message, String action, Throwable cause) {
    super(message, cause);
    this.action = action;
  }

  String action() {
    return action;
  }
}
