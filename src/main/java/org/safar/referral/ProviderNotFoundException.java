package org.safar.referral;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No service provider has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ProviderNotFoundException extends RuntimeException {
  ProviderNotFoundException(long id) {
    super("No service provider " + id);
  }
}
