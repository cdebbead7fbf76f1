package org.safar.training;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such training, participant, series or import: answered as 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class TrainingNotFoundException extends RuntimeException {

  public TrainingNotFoundException(String what, Object id) {
    super("No " + what + " " + id);
  }
}
