package org.safar.portal;

import java.time.Instant;
import java.util.List;

/** A published leaflet in one language, as a list on the portal shows it. */
public record PublicLeaflet(
    long id,
    String language,
    String title,
    String summary,
    List<LeafletTopic> topics,
    List<String> destinations,
    List<Audience> audiences,
    Instant publishedAt) {

  public PublicLeaflet {
    topics = List.copyOf(topics);
    destinations = List.copyOf(destinations);
    audiences = List.copyOf(audiences);
  }
}
