package org.safar.news;

import org.safar.shell.InvalidInputException;

/** Input the news centre refuses; the form shows the message beside the field. */
public class InvalidNewsInputException extends InvalidInputException {

  InvalidNewsInputException(String field, String messageKey) {
    super(field, messageKey);
  }
}
