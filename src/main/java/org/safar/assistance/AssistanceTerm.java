package org.safar.assistance;

import java.util.Locale;

/** A term of one of the module's vocabularies: a stored code and a translated label. */
public interface AssistanceTerm {

  String name();

  /** The vocabulary's name in message keys, e.g. {@code theme}. */
  String vocabulary();

  default String messageKey() {
    return "assistance." + vocabulary() + "." + name().toLowerCase(Locale.ROOT);
  }
}
