package org.safar.results;

/**
 * Input the results engine refuses, with the form field (or API parameter) and a message key; the
 * arguments fill the message's placeholders.
 */
public class InvalidIndicatorException extends RuntimeException {

  private final String field;
  private final String messageKey;
  private final transient Object[] arguments;

  public InvalidIndicatorException(String field, String messageKey, Object... arguments) {
    super(field + ": " + messageKey + " " + java.util.Arrays.toString(arguments));
    this.field = field;
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String field() {
    return field;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
