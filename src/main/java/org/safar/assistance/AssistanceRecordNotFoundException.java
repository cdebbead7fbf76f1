package org.safar.assistance;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such action, activity, expert or deliverable. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AssistanceRecordNotFoundException extends RuntimeException {
  AssistanceRecordNotFoundException(String type, long id) {
    super("No " + type + " " + id);
  }
}
