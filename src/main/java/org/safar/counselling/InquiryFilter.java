package org.safar.counselling;

import java.time.LocalDate;
import org.safar.shell.ResultPage;

/**
 * What the inbox is narrowed to; every part is optional. Dates are UTC days, both included. Without
 * a chosen order, open inquiries come oldest first (the longest wait on top), any other view newest
 * first.
 */
public record InquiryFilter(
    Long mrcId,
    InquiryStatus status,
    Channel channel,
    Long assignee,
    LocalDate from,
    LocalDate to,
    String text,
    SortOrder sort) {

  public InquiryFilter {
    if (sort != SortOrder.NEWEST && sort != SortOrder.OLDEST) {
      sort = status == InquiryStatus.OPEN ? SortOrder.OLDEST : SortOrder.NEWEST;
    }
  }

  String like() {
    return ResultPage.containing(text);
  }

  /** The filter as text, for the audit entry of an export. */
  String describe() {
    return "mrc=%s; status=%s; channel=%s; assignee=%s; from=%s; to=%s; search=%s"
        .formatted(
            mrcId == null ? "" : mrcId,
            status == null ? "" : status,
            channel == null ? "" : channel,
            assignee == null ? "" : assignee,
            from == null ? "" : from,
            to == null ? "" : to,
            text == null ? "" : text);
  }
}
