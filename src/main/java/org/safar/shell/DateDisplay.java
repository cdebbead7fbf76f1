package org.safar.shell;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Shows instants the same way everywhere (UTC, ISO order); templates call {@code @dates}. */
@Component("dates")
public class DateDisplay {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  /** "45 min", "2 h 5 min", "3 d 4 h": how long, in the units a coordinator thinks in. */
  public String duration(Duration d) {
    long minutes = Math.max(0, d.toMinutes());
    if (minutes < 60) {
      return minutes + " min";
    }
    if (minutes < 24 * 60) {
      return (minutes / 60) + " h " + (minutes % 60) + " min";
    }
    return (minutes / (24 * 60)) + " d " + ((minutes / 60) % 24) + " h";
  }

  public String utc(Instant instant) {
    return instant == null ? "—" : UTC.format(instant) + " UTC";
  }
}
