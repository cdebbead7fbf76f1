package org.safar.orgunits;

/** An org unit that breaks a rule; {@code field} and {@code messageKey} say which and why. */
public class InvalidOrgUnitException extends RuntimeException {

  private final String field;
  private final String messageKey;

  InvalidOrgUnitException(String field, String messageKey) {
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
