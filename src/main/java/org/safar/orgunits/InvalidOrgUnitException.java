package org.safar.orgunits;

import org.safar.shell.InvalidInputException;

/** An org unit that breaks a rule. */
public class InvalidOrgUnitException extends InvalidInputException {

  InvalidOrgUnitException(String field, String messageKey) {
    super(field, messageKey);
  }
}
