package org.safar.counselling;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An information or pre-departure session for a group: who came is counted by sex and age band
 * ({@code counts}), and registered clients who came are listed ({@code attendees}).
 */
public record GroupSession(
    long id,
    long mrcId,
    GroupSessionKind kind,
    LocalDate heldOn,
    String place,
    long facilitatorId,
    String notes,
    Set<Topic> topics,
    Map<Sex, Map<AgeBand, Integer>> counts,
    List<Client> attendees,
    int version) {

  public int count(Sex sex, AgeBand band) {
    return counts.getOrDefault(sex, Map.of()).getOrDefault(band, 0);
  }

  GroupSession withDetails(
      Set<Topic> topics, Map<Sex, Map<AgeBand, Integer>> counts, List<Client> attendees) {
    return new GroupSession(
        id, mrcId, kind, heldOn, place, facilitatorId, notes, topics, counts, attendees, version);
  }

  public int total() {
    return counts.values().stream()
        .flatMap(m -> m.values().stream())
        .mapToInt(Integer::intValue)
        .sum();
  }
}
