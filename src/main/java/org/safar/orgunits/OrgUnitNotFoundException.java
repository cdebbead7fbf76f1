package org.safar.orgunits;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No org unit has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OrgUnitNotFoundException extends RuntimeException {

  public OrgUnitNotFoundException(long id) {
    super("No org unit " + id);
  }
}
