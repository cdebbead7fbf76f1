package org.safar.portal;

/**
 * A translation as typed. {@code upToDate}: the translator has brought it in line with the current
 * source text (clears the "source changed" flag).
 */
public record TranslationDraft(
    String language, String title, String summary, String bodyMarkdown, boolean upToDate) {}
