package org.safar.training;

import java.util.Locale;
import java.util.Optional;

/** A participant's sex, with the same codes and labels as the rest of Safar's sex vocabulary. */
public enum ParticipantSex {
  FEMALE,
  MALE,
  OTHER,
  UNKNOWN;

  public String messageKey() {
    return "vocab.sex." + name().toLowerCase(Locale.ROOT);
  }

  /** The term for a code as typed in a file: the code in any case, or F / M. */
  public static Optional<ParticipantSex> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String t = text.trim().toUpperCase(Locale.ROOT);
    switch (t) {
      case "F":
        return Optional.of(FEMALE);
      case "M":
        return Optional.of(MALE);
      default:
        for (ParticipantSex s : values()) {
          if (s.name().equals(t)) {
            return Optional.of(s);
          }
        }
        return Optional.empty();
    }
  }
}
