package org.safar.equipment;

import java.time.LocalDate;

/** What the list of handovers is narrowed to; empty fields do not narrow. */
public record HandoverFilter(
    String text, Long projectId, EquipmentKind kind, LocalDate from, LocalDate to) {

  public String describe() {
    return "q="
        + (text == null ? "" : text)
        + " project="
        + (projectId == null ? "" : projectId)
        + " kind="
        + (kind == null ? "" : kind)
        + " from="
        + (from == null ? "" : from)
        + " to="
        + (to == null ? "" : to);
  }
}
