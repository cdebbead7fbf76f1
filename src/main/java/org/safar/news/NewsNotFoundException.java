package org.safar.news;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such item (or, on the portal, not published). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NewsNotFoundException extends RuntimeException {

  NewsNotFoundException(String what) {
    super(what);
  }
}
