package org.safar.identity;

/** The key for authenticator secrets is missing or unusable; start-up says which and how to fix. */
class TwoFactorKeyException extends RuntimeException {

  private final String action;

  TwoFactorKeyException(String problem, String action, Throwable cause) {
    super(problem, cause);
    this.action = action;
  }

  String action() {
    return action;
  }
}
