package org.safar.referral;

import org.safar.shell.InvalidInputException;

/** Typed text as the referral module keeps it: trimmed, empty means absent, never too long. */
final class TypedText {

  private TypedText() {}

  static String clean(String value, int maxLength, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
      throw new InvalidInputException(field, "provider.error.tooLong");
    }
    return trimmed;
  }
}
