package org.safar.counselling.web;

import java.time.LocalDate;
import org.safar.counselling.Channel;
import org.safar.counselling.InquiryFilter;
import org.safar.counselling.InquiryStatus;
import org.safar.counselling.SortOrder;
import org.springframework.format.annotation.DateTimeFormat;

/** The inbox's query parameters, shared by the page and its CSV export. */
record InquiryQuery(
    Long mrc,
    InquiryStatus status,
    Channel channel,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
    String q,
    Boolean mine,
    Long assignee,
    SortOrder sort) {

  boolean onlyMine() {
    return Boolean.TRUE.equals(mine);
  }

  InquiryFilter toFilter(long signedInAccount) {
    return new InquiryFilter(
        mrc,
        status,
        channel,
        onlyMine() ? Long.valueOf(signedInAccount) : assignee,
        from,
        to,
        q,
        sort);
  }
}
