package org.safar.identity;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;

/**
 * What the sign-in page shows after a failed attempt, kept in the session for one page view.
 *
 * @param username what was typed, to fill the form again
 * @param lockedUntil when a locked account unlocks; null for every other failure
 */
public record SignInFailure(String username, Instant lockedUntil) implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  public static final String SESSION_ATTRIBUTE = "safar.signInFailure";
}
