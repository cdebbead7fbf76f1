package org.safar.assistance;

import org.safar.shell.InvalidInputException;

/** Bad input whose explanation names things, e.g. the other activity an expert is busy on. */
public class AssistanceInputException extends InvalidInputException {

  private final transient Object[] arguments;

  public AssistanceInputException(String field, String messageKey, Object... arguments) {
    super(field, messageKey);
    this.arguments = arguments.clone();
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
