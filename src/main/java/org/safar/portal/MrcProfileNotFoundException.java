package org.safar.portal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No MRC has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class MrcProfileNotFoundException extends RuntimeException {
  MrcProfileNotFoundException(long id) {
    super("No MRC " + id);
  }
}
