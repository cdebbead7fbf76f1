package org.safar.identity;

import java.util.Locale;

/** Long passphrases beat complicated rules: at least 12 characters, not the user name. */
final class PasswordPolicy {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 128;

  private PasswordPolicy() {}

  static void check(String password, String username) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new InvalidAccountException("password", "account.error.passwordShort");
    }
    if (password.length() > MAX_LENGTH) {
      throw new InvalidAccountException("password", "account.error.passwordLong");
    }
    if (username != null
        && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
      throw new InvalidAccountException("password", "account.error.passwordHasUsername");
    }
  }
}
