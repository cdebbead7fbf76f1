package org.safar.dialogue;

import org.safar.shell.InvalidInputException;

/** Dialogue input that breaks a rule; the form shows the message beside the field. */
public class InvalidDialogueInputException extends InvalidInputException {

  InvalidDialogueInputException(String field, String messageKey) {
    super(field, messageKey);
  }
}
