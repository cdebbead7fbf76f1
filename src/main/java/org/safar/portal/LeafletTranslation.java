package org.safar.portal;

import java.time.Instant;

/**
 * One language version of a leaflet in full. {@code bodyHtml} is the sanitised rendering of {@code
 * bodyMarkdown}, made when it was saved. {@code outdated}: the source language's text changed after
 * this translation was made.
 */
public record LeafletTranslation(
    long leafletId,
    String language,
    String title,
    String summary,
    String bodyMarkdown,
    String bodyHtml,
    int revision,
    int sourceRevision,
    boolean outdated,
    int version,
    Instant updatedAt,
    String updatedBy) {}
