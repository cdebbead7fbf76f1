package org.safar.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An expert's days on one activity, with enough of the activity and action to list it. */
public record Deployment(
    long id,
    long expertId,
    String expertName,
    String expertEmployer,
    String expertNationality,
    long activityId,
    ActivityKind activityKind,
    String activityTitle,
    long actionId,
    String actionTitle,
    List<String> actionCountries,
    LocalDate startDate,
    LocalDate endDate,
    BigDecimal daysWorked) {

  public Deployment {
    actionCountries = List.copyOf(actionCountries);
  }
}
