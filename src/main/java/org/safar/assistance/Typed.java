package org.safar.assistance;

/** Cleans typed text: trimmed, empty as null, and refused when longer than a field allows. */
final class Typed {

  private Typed() {}

  static String clean(String text, int max, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (t.length() > max) {
      throw new AssistanceInputException(field, "assistance.error.tooLong", max);
    }
    return t;
  }

  static String required(String text, int max, String field) {
    String t = clean(text, max, field);
    if (t == null) {
      throw new AssistanceInputException(field, "assistance.error.required");
    }
    return t;
  }
}
