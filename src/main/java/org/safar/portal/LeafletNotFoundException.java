package org.safar.portal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No leaflet (or no such translation, or nothing published) has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class LeafletNotFoundException extends RuntimeException {
  LeafletNotFoundException(long id) {
    super("No leaflet " + id);
  }
}
