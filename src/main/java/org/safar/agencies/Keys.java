package org.safar.agencies;

import java.text.Normalizer;
import java.util.Locale;

/** How names and licence numbers are compared: the same however they were typed. */
final class Keys {

  private Keys() {}

  /** Lower case, letters and digits of any script, words separated by one space. */
  static String name(String text) {
    if (text == null) {
      return "";
    }
    String n = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return n.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** Upper case letters and digits only: "RL-0123", "rl 0123" and "RL0123" are one licence. */
  static String licence(String text) {
    if (text == null) {
      return "";
    }
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .toUpperCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
