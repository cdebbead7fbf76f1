package org.safar.news;

import java.time.LocalDate;
import java.util.List;

/** A publication (a report, a handbook) with a file for each language it exists in. */
public record Publication(
    long id, String title, String summary, LocalDate publishedOn, List<Variant> variants) {

  public Publication {
    variants = List.copyOf(variants);
  }

  /** One language's file. */
  public record Variant(String language, String fileName, int sizeBytes) {

    /** The language's name in the reader's language, e.g. "French" or "французский". */
    public String languageName(java.util.Locale reader) {
      return java.util.Locale.forLanguageTag(language).getDisplayName(reader);
    }
  }
}
