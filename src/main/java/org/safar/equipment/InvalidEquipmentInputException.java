package org.safar.equipment;

import org.safar.shell.InvalidInputException;

/** Handover input that breaks a rule; the form shows the message beside the field. */
public class InvalidEquipmentInputException extends InvalidInputException {

  InvalidEquipmentInputException(String field, String messageKey) {
    super(field, messageKey);
  }
}
