package org.safar.outreach;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No campaign or event has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class OutreachRecordNotFoundException extends RuntimeException {
  OutreachRecordNotFoundException(String kind, long id) {
    super("No " + kind + " " + id);
  }
}
