package org.safar.referral;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The signed-in person is on neither side of this referral, or may not take this step. */
@ResponseStatus(HttpStatus.FORBIDDEN)
class ReferralAccessDeniedException extends RuntimeException {
  ReferralAccessDeniedException(long id) {
    super("Referral " + id + " is not for this person");
  }
}
