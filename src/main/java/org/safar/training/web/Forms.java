package org.safar.training.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.safar.training.InvalidTrainingInputException;

/** Turning typed text into values, with a message beside the field when it cannot be read. */
final class Forms {

  private Forms() {}

  static Long id(String v, String field, String messageKey) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(v.trim());
    } catch (NumberFormatException e) {
      throw new InvalidTrainingInputException(field, messageKey);
    }
  }

  static Integer count(String v, String field) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(v.trim());
    } catch (NumberFormatException e) {
      throw new InvalidTrainingInputException(field, "training.error.countNumber");
    }
  }

  static LocalDate date(String v, String field) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidTrainingInputException(field, "training.error.date");
    }
  }

  static <E extends Enum<E>> E term(Class<E> type, String v, String field, String messageKey) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, v.trim());
    } catch (IllegalArgumentException e) {
      throw new InvalidTrainingInputException(field, messageKey);
    }
  }
}
