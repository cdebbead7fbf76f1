package org.safar.portal;

/**
 * A visitor's search: words, topic, destination country, audience, and the language of the leaflets
 * (null: every language).
 */
public record PublicLeafletSearch(
    String text, LeafletTopic topic, String destination, Audience audience, String language) {

  public boolean hasText() {
    return text != null && !text.isBlank();
  }
}
