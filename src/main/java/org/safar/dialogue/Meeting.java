package org.safar.dialogue;

import java.time.LocalDate;
import java.util.List;

/** A dialogue meeting with its participants per country and organisation type. */
public record Meeting(
    long id,
    long projectId,
    String projectTitle,
    long orgUnitId,
    String orgUnitName,
    MeetingKind kind,
    String title,
    LocalDate heldOn,
    String place,
    String notes,
    List<Participation> participants,
    int version) {

  public Meeting {
    participants = List.copyOf(participants);
  }

  public int people() {
    return participants.stream().mapToInt(Participation::people).sum();
  }

  public long countries() {
    return participants.stream().map(Participation::countryCode).distinct().count();
  }
}
