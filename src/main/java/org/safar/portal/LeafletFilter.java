package org.safar.portal;

/** The editors' list: text in any title, status, topic, and leaflets lacking a language. */
public record LeafletFilter(
    String text, LeafletStatus status, LeafletTopic topic, String missingLanguage) {}
