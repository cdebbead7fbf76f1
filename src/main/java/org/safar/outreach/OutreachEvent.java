package org.safar.outreach;

import java.time.LocalDate;
import java.util.Map;

/**
 * An outreach event: who came, counted by sex and age band, and its reach (non-unique contacts of a
 * media programme or post), which is never a count of persons.
 */
public record OutreachEvent(
    long id,
    Long campaignId,
    String campaignTitle,
    long projectId,
    String projectTitle,
    long orgUnitId,
    String orgUnitName,
    EventKind kind,
    LocalDate heldOn,
    String place,
    long reach,
    String notes,
    Map<Sex, Map<AgeBand, Integer>> counts,
    int version) {

  public OutreachEvent {
    counts = Map.copyOf(counts);
  }

  public int count(Sex sex, AgeBand band) {
    return counts.getOrDefault(sex, Map.of()).getOrDefault(band, 0);
  }

  public int people(Sex sex) {
    return counts.getOrDefault(sex, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
  }

  public int people(AgeBand band) {
    int n = 0;
    for (Sex sex : Sex.values()) {
      n += count(sex, band);
    }
    return n;
  }

  /** Persons who attended; reach is not among them. */
  public int people() {
    int n = 0;
    for (Sex sex : Sex.values()) {
      n += people(sex);
    }
    return n;
  }
}
