package org.safar.portal;

import java.time.Instant;
import java.util.List;

/**
 * A published leaflet as the portal shows it: in the language asked for or, when it has no such
 * translation, in another ({@code fallback}); with the languages it is available in.
 */
public record LeafletReading(
    long id,
    String language,
    String title,
    String summary,
    String bodyHtml,
    List<LeafletTopic> topics,
    List<String> destinations,
    List<Audience> audiences,
    Instant publishedAt,
    Instant updatedAt,
    List<String> languages,
    boolean hasPdf,
    boolean fallback) {

  public LeafletReading {
    topics = List.copyOf(topics);
    destinations = List.copyOf(destinations);
    audiences = List.copyOf(audiences);
    languages = List.copyOf(languages);
  }
}
