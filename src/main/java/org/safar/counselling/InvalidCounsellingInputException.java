package org.safar.counselling;

import org.safar.shell.InvalidInputException;

/** Counselling input that breaks a rule; the form shows the message beside the field. */
public class InvalidCounsellingInputException extends InvalidInputException {

  InvalidCounsellingInputException(String field, String messageKey) {
    super(field, messageKey);
  }
}
