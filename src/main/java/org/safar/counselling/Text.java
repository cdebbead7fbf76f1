package org.safar.counselling;

/** Typed text as the desk keeps it: trimmed, empty means absent, and never longer than allowed. */
final class Text {

  private Text() {}

  static String clean(String value, int maxLength, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
      throw new InvalidCounsellingInputException(field, "counselling.error.tooLong");
    }
    return trimmed;
  }
}
