package org.safar.orgunits;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A request for a record outside the user's org units: answered as 403 and logged. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class OutOfScopeException extends RuntimeException {

  public OutOfScopeException(String what) {
    super("Outside the user's org units: " + what);
  }
}
