package org.safar.portal;

import java.time.LocalDate;
import java.util.List;

/** What an editor says about a leaflet as a whole. */
public record LeafletDraft(
    String sourceLanguage,
    List<LeafletTopic> topics,
    List<String> destinations,
    List<Audience> audiences,
    LocalDate reviewOn) {}
