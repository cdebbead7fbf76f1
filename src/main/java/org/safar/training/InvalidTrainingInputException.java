package org.safar.training;

import org.safar.shell.InvalidInputException;

/** Training input that breaks a rule; the message key explains it beside the field. */
public class InvalidTrainingInputException extends InvalidInputException {

  public InvalidTrainingInputException(String field, String messageKey) {
    super(field, messageKey);
  }
}
