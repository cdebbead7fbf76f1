package org.safar.identity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No account has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AccountNotFoundException extends RuntimeException {
  AccountNotFoundException(long id) {
    super("No account " + id);
  }
}
