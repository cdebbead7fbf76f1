package org.safar.dialogue;

import java.time.LocalDate;

/**
 * What a list of meetings or products is narrowed to; {@code kind} is a meeting kind or a product
 * kind's name. Empty fields do not narrow.
 */
public record DialogueFilter(
    String text, Long projectId, String kind, LocalDate from, LocalDate to) {

  public static final DialogueFilter NONE = new DialogueFilter(null, null, null, null, null);

  public String describe() {
    return "q="
        + (text == null ? "" : text)
        + " project="
        + (projectId == null ? "" : projectId)
        + " kind="
        + (kind == null ? "" : kind)
        + " from="
        + (from == null ? "" : from)
        + " to="
        + (to == null ? "" : to);
  }
}
