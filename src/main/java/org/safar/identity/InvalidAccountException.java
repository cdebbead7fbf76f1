package org.safar.identity;

import org.safar.shell.InvalidInputException;

/** An account change that breaks a rule. */
public class InvalidAccountException extends InvalidInputException {

  InvalidAccountException(String field, String messageKey) {
    super(field, messageKey);
  }
}
