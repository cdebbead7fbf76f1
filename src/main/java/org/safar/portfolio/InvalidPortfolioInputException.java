package org.safar.portfolio;

import org.safar.shell.InvalidInputException;

/** Portfolio input that breaks a rule; the form shows the message beside the field. */
public class InvalidPortfolioInputException extends InvalidInputException {

  InvalidPortfolioInputException(String field, String messageKey) {
    super(field, messageKey);
  }
}
