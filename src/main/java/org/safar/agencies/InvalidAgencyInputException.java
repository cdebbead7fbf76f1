package org.safar.agencies;

import org.safar.shell.InvalidInputException;

/** Input the agency registry refuses; the form shows the message beside the field. */
public class InvalidAgencyInputException extends InvalidInputException {

  InvalidAgencyInputException(String field, String messageKey) {
    super(field, messageKey);
  }
}
