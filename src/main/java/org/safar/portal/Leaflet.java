package org.safar.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A leaflet or guide as editors see it: what it is about and for whom, where it is in its workflow
 * (and who moved it there, when), and its translations.
 */
public record Leaflet(
    long id,
    long ownerOrgUnitId,
    String sourceLanguage,
    List<LeafletTopic> topics,
    List<String> destinations,
    List<Audience> audiences,
    LocalDate reviewOn,
    LeafletStatus status,
    Instant statusAt,
    String statusBy,
    Instant publishedAt,
    String publishedBy,
    int version,
    Instant updatedAt,
    String updatedBy,
    List<Translation> translations,
    Pdf pdf) {

  public Leaflet {
    topics = List.copyOf(topics);
    destinations = List.copyOf(destinations);
    audiences = List.copyOf(audiences);
    translations = List.copyOf(translations);
  }

  /** One language version, without its body. */
  public record Translation(
      String language,
      String title,
      int revision,
      int sourceRevision,
      boolean outdated,
      Instant updatedAt,
      String updatedBy) {}

  /** The attached PDF's description (its bytes are fetched on their own). */
  public record Pdf(String fileName, int sizeBytes, Instant uploadedAt, String uploadedBy) {}

  public Optional<Translation> translation(String language) {
    return translations.stream().filter(t -> t.language().equals(language)).findFirst();
  }

  /** The title in the source language (or any, while the source is not written yet). */
  public String title() {
    return translation(sourceLanguage)
        .or(() -> translations.stream().findFirst())
        .map(Translation::title)
        .orElse("");
  }

  /** Whether its review date has come. */
  public boolean reviewDue(LocalDate today) {
    return reviewOn != null && !reviewOn.isAfter(today);
  }
}
