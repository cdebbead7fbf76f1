package org.safar.assistance;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.safar.orgunits.Countries;

/**
 * A technical-assistance action: what a government institution asked for, under which portfolio
 * project, and how far it has come. An empty end date means it is still running.
 */
public record AssistanceAction(
    long id,
    long projectId,
    String projectTitle,
    long ownerOrgUnitId,
    String title,
    List<String> countryCodes,
    String requestingInstitution,
    ActionTheme theme,
    LocalDate requestedOn,
    ActionStatus status,
    LocalDate startDate,
    LocalDate endDate,
    String summary,
    int version) {

  public AssistanceAction {
    countryCodes = List.copyOf(countryCodes);
  }

  public boolean running() {
    return status != ActionStatus.COMPLETED && endDate == null;
  }

  public List<String> countryNames(Locale locale) {
    return countryCodes.stream().map(c -> Countries.name(c, locale)).toList();
  }

  /** The stages after this one it may move to (forward only). */
  public List<ActionStatus> nextStatuses() {
    return java.util.Arrays.stream(ActionStatus.values())
        .filter(s -> s.ordinal() > status.ordinal())
        .toList();
  }
}
