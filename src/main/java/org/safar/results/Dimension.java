package org.safar.results;

import java.util.Locale;

/**
 * What an indicator's value can be broken down by, or filtered on. A source's rows carry a column
 * per dimension it supports ({@link #column()}); the periods are worked out from the day a record
 * counts for, and the MRC is the unit that holds it.
 */
public enum Dimension {
  SEX,
  AGE_BAND,
  MIGRANT_STATUS,
  CHANNEL,
  /** A session has several topics: a filter only, since its parts would not add up. */
  TOPIC,
  COUNTRY,
  MRC,
  KIND,
  SERVICE,
  STATUS,
  OUTCOME,
  STAGE,
  INTENTION,
  MONTH,
  QUARTER,
  YEAR;

  /** The SQL expression of this dimension over a source's row {@code r}. */
  public String expression() {
    return switch (this) {
      case MRC -> "r.org_unit_id";
      case MONTH -> "date_trunc('month', r.on_date)::date";
      case QUARTER -> "date_trunc('quarter', r.on_date)::date";
      case YEAR -> "date_trunc('year', r.on_date)::date";
      case TOPIC -> "r.topics";
      default -> "r." + column();
    };
  }

  /** The column a source's view has for this dimension. */
  public String column() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean isPeriod() {
    return this == MONTH || this == QUARTER || this == YEAR;
  }

  /** A breakdown whose parts add up to the whole (every record falls in exactly one part). */
  public boolean canBreakDown() {
    return this != TOPIC;
  }

  public String messageKey() {
    return "results.dimension." + column();
  }

  /** The parameter name in the API ({@code age_band} → {@code ageBand}). */
  public String parameter() {
    String c = column();
    int i = c.indexOf('_');
    return i < 0
        ? c
        : c.substring(0, i) + Character.toUpperCase(c.charAt(i + 1)) + c.substring(i + 2);
  }

  public static Dimension fromParameter(String text) {
    for (Dimension d : values()) {
      if (d.parameter().equalsIgnoreCase(text) || d.name().equalsIgnoreCase(text)) {
        return d;
      }
    }
    return null;
  }
}
