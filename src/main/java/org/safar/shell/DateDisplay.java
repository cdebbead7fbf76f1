package org.safar.shell;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Shows instants the same way everywhere (UTC, ISO order); templates call {@code @dates}. */
@Component("dates")
public class DateDisplay {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  public String utc(Instant instant) {
    return instant == null ? "—" : UTC.format(instant) + " UTC";
  }
}
