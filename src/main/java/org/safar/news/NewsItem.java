package org.safar.news;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One news item or story in one language. {@code bodyHtml} is the sanitised rendering of the
 * Markdown, safe to put in a page as it is.
 */
public record NewsItem(
    long id,
    UUID translationGroup,
    String language,
    NewsKind kind,
    String title,
    String summary,
    String bodyMarkdown,
    String bodyHtml,
    String link,
    boolean hasImage,
    LocalDate publishedOn,
    NewsStatus status,
    int version) {}
