package org.safar.counselling;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No counselling record of this kind has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class CounsellingRecordNotFoundException extends RuntimeException {
  CounsellingRecordNotFoundException(String kind, long id) {
    super("No " + kind + " " + id);
  }
}
