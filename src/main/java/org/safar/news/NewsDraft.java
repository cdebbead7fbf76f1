package org.safar.news;

import java.time.LocalDate;

/**
 * A news item as written in the form.
 *
 * @param translationOf another item this one translates (same story, other language), or null
 * @param image the new image's bytes, or null to keep the current one
 * @param removeImage whether to drop the current image
 */
public record NewsDraft(
    String language,
    NewsKind kind,
    String title,
    String summary,
    String bodyMarkdown,
    LocalDate publishedOn,
    NewsStatus status,
    Long translationOf,
    byte[] image,
    boolean removeImage) {}
