package org.safar.equipment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No handover has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class HandoverNotFoundException extends RuntimeException {
  HandoverNotFoundException(long id) {
    super("No equipment handover " + id);
  }
}
