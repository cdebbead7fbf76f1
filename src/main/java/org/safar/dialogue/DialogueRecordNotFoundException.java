package org.safar.dialogue;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No meeting or product has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class DialogueRecordNotFoundException extends RuntimeException {
  DialogueRecordNotFoundException(String kind, long id) {
    super("No " + kind + " " + id);
  }
}
