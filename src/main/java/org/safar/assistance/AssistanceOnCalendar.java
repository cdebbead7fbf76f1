package org.safar.assistance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.safar.portfolio.ScheduledWork;
import org.springframework.stereotype.Component;

/** Technical-assistance activities on the programme calendar. */
@Component
class AssistanceOnCalendar implements ScheduledWork {

  private final AssistanceActivities activities;

  AssistanceOnCalendar(AssistanceActivities activities) {
    this.activities = activities;
  }

  @Override
  public String headingKey() {
    return "assistance.actions.title";
  }

  @Override
  public Set<String> readers() {
    return AssistanceRoles.READERS;
  }

  @Override
  public List<Scheduled> between(LocalDate from, LocalDate to) {
    return activities.between(from, to).stream()
        .map(
            c ->
                new Scheduled(
                    c.activity().startDate(),
                    c.activity().endDate(),
                    c.activity().kind().messageKey(),
                    c.activity().title(),
                    c.activity().place(),
                    "/assistance/activities/" + c.activity().id()))
        .toList();
  }
}
