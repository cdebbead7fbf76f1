package org.safar.identity;

import java.time.Instant;

/**
 * The answer to a typed authenticator or recovery code.
 *
 * @param result what happened
 * @param lockedUntil when the account unlocks, if this or an earlier wrong code locked it
 */
public record CodeCheck(Result result, Instant lockedUntil) {

  public enum Result {
    /** The code was right and is now used up. */
    ACCEPTED,
    /** The code was wrong or used already; it counted as a failed sign-in. */
    WRONG,
    /** The account is locked, disabled or lost its two-factor meanwhile: sign in again. */
    START_AGAIN
  }

  static CodeCheck accepted() {
    return new CodeCheck(Result.ACCEPTED, null);
  }

  static CodeCheck wrong() {
    return new CodeCheck(Result.WRONG, null);
  }

  static CodeCheck startAgain(Instant lockedUntil) {
    return new CodeCheck(Result.START_AGAIN, lockedUntil);
  }

  public boolean isAccepted() {
    return result == Result.ACCEPTED;
  }
}
