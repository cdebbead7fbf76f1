package org.safar.outreach;

/** Typed text as outreach keeps it: trimmed, empty means absent, never longer than allowed. */
final class Cleaning {

  private Cleaning() {}

  static String text(String value, int maxLength, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
      throw new InvalidOutreachInputException(field, "outreach.error.tooLong");
    }
    return trimmed;
  }

  static String required(String value, int maxLength, String field, String messageKey) {
    String s = text(value, maxLength, field);
    if (s == null) {
      throw new InvalidOutreachInputException(field, messageKey);
    }
    return s;
  }
}
