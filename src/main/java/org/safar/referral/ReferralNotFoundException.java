package org.safar.referral;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No referral has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ReferralNotFoundException extends RuntimeException {
  ReferralNotFoundException(long id) {
    super("No referral " + id);
  }
}
