package org.safar.counselling;

import java.util.Locale;

/** A term of a controlled vocabulary: a stable code and a translated label. */
public interface Term {

  String name();

  /** The vocabulary's name in message keys, e.g. {@code channel}. */
  String vocabulary();

  default String messageKey() {
    return "vocab." + vocabulary() + "." + name().toLowerCase(Locale.ROOT);
  }
}
