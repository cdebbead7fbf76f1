package org.safar.counselling.web;

import java.time.LocalDate;
import org.safar.counselling.Channel;
import org.safar.counselling.SessionFilter;
import org.safar.counselling.SortOrder;
import org.safar.counselling.Topic;
import org.springframework.format.annotation.DateTimeFormat;

/** The session list's query parameters, shared by the page and its CSV export. */
record SessionQuery(
    Long mrc,
    Topic topic,
    Channel channel,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
    Boolean mine,
    Long counsellor,
    SortOrder sort) {

  boolean onlyMine() {
    return Boolean.TRUE.equals(mine);
  }

  SessionFilter toFilter(long signedInAccount) {
    return new SessionFilter(
        mrc,
        topic,
        channel,
        onlyMine() ? Long.valueOf(signedInAccount) : counsellor,
        from,
        to,
        sort);
  }
}
