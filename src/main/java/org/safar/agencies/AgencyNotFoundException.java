package org.safar.agencies;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such agency, or an upload that is not the reader's or has expired. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AgencyNotFoundException extends RuntimeException {

  AgencyNotFoundException(String what) {
    super(what);
  }
}
