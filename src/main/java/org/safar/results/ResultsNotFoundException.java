package org.safar.results;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No framework or indicator has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ResultsNotFoundException extends RuntimeException {
  public ResultsNotFoundException(String what, long id) {
    super("No " + what + " " + id);
  }

  public ResultsNotFoundException(String what, String id) {
    super("No " + what + " " + id);
  }
}
