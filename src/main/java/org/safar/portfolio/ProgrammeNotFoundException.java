package org.safar.portfolio;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No portfolio entry has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ProgrammeNotFoundException extends RuntimeException {
  ProgrammeNotFoundException(long id) {
    super("No programme " + id);
  }
}
