package org.safar.counselling;

import java.time.LocalDate;

/** What the session list is narrowed to; every part is optional, dates inclusive. */
public record SessionFilter(
    Long mrcId,
    Topic topic,
    Channel channel,
    Long counsellorId,
    LocalDate from,
    LocalDate to,
    SortOrder sort) {

  public SessionFilter {
    sort = sort == SortOrder.OLDEST ? SortOrder.OLDEST : SortOrder.NEWEST;
  }

  /** The filter as text, for the audit entry of an export. */
  String describe() {
    return "mrc=%s; topic=%s; channel=%s; counsellor=%s; from=%s; to=%s"
        .formatted(
            mrcId == null ? "" : mrcId,
            topic == null ? "" : topic,
            channel == null ? "" : channel,
            counsellorId == null ? "" : counsellorId,
            from == null ? "" : from,
            to == null ? "" : to);
  }
}
