package org.safar.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One activity of an action, with its participants as counts by sex and, where a test was given,
 * the average scores (0–100) before and after.
 */
public record AssistanceActivity(
    long id,
    long actionId,
    ActivityKind kind,
    String title,
    LocalDate startDate,
    LocalDate endDate,
    String place,
    String hostCountry,
    Integer women,
    Integer men,
    Integer otherSex,
    BigDecimal preTestScore,
    BigDecimal postTestScore,
    String notes,
    int version) {

  public String hostCountryName(java.util.Locale locale) {
    return hostCountry == null ? null : org.safar.orgunits.Countries.name(hostCountry, locale);
  }

  /** Everyone counted, or null when no count was recorded. */
  public Integer participants() {
    if (women == null && men == null && otherSex == null) {
      return null;
    }
    return (women == null ? 0 : women)
        + (men == null ? 0 : men)
        + (otherSex == null ? 0 : otherSex);
  }

  /** The post-test average minus the pre-test average, in points; null without both. */
  public BigDecimal knowledgeGain() {
    return preTestScore == null || postTestScore == null
        ? null
        : postTestScore.subtract(preTestScore);
  }
}
