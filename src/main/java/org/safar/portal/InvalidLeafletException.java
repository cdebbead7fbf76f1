package org.safar.portal;

import org.safar.shell.InvalidInputException;

/** Leaflet input that breaks a rule; the form shows the message beside the field. */
public class InvalidLeafletException extends InvalidInputException {

  InvalidLeafletException(String field, String messageKey) {
    super(field, messageKey);
  }
}
