package org.safar.outreach;

import java.time.LocalDate;

/**
 * What a list of campaigns or events is narrowed to: text, project (with the entries beneath it),
 * campaign, event kind and dates (inclusive). Empty fields do not narrow.
 */
public record OutreachFilter(
    String text, Long projectId, Long campaignId, EventKind kind, LocalDate from, LocalDate to) {

  public static final OutreachFilter NONE = new OutreachFilter(null, null, null, null, null, null);

  /** For the audit trail of an export. */
  public String describe() {
    return "q="
        + (text == null ? "" : text)
        + " project="
        + (projectId == null ? "" : projectId)
        + " campaign="
        + (campaignId == null ? "" : campaignId)
        + " kind="
        + (kind == null ? "" : kind)
        + " from="
        + (from == null ? "" : from)
        + " to="
        + (to == null ? "" : to);
  }
}
