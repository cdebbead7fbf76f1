package org.safar.assistance;

import java.util.List;

/** An activity on the calendar, with the action it belongs to. */
public record CalendarEntry(
    AssistanceActivity activity, String actionTitle, List<String> actionCountries) {

  public CalendarEntry {
    actionCountries = List.copyOf(actionCountries);
  }
}
