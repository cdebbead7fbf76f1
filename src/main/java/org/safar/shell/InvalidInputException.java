package org.safar.shell;

/**
 * Input that breaks a rule of the domain. {@code field} names the form field and {@code messageKey}
 * the translated explanation, so a controller can show it beside the field.
 */
public class InvalidInputException extends RuntimeException {

  private final String field;
  private final String messageKey;

  public InvalidInputException(String field, String messageKey) {
    super(field + ": " + messageKey);
    this.field = field;
    this.messageKey = messageKey;
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }
}
