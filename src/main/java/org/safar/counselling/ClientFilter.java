package org.safar.counselling;

import org.safar.shell.ResultPage;

/** What the client list (and its export) is narrowed to; every part is optional. */
public record ClientFilter(String text, MigrantStatus status, Long mrcId, SortOrder sort) {

  public ClientFilter {
    sort = sort == null ? SortOrder.NEWEST : sort;
  }

  String like() {
    return ResultPage.containing(text);
  }

  /** The filter as text, for the audit entry of an export. */
  String describe() {
    return "search="
        + (text == null ? "" : text)
        + "; status="
        + (status == null ? "" : status.name())
        + "; mrc="
        + (mrcId == null ? "" : mrcId);
  }
}
