package org.safar.outreach;

import org.safar.shell.InvalidInputException;

/** Outreach input that breaks a rule; the form shows the message beside the field. */
public class InvalidOutreachInputException extends InvalidInputException {

  InvalidOutreachInputException(String field, String messageKey) {
    super(field, messageKey);
  }
}
