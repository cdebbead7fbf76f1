package org.safar.agencies;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an uploaded list would do to its country's registry, before anything is saved: agencies it
 * adds, changes (field by field, old and new) and no longer names, and every row it cannot take.
 */
public record ImportPreview(
    UUID id,
    String countryCode,
    String source,
    LocalDate listDate,
    String fileName,
    int rows,
    List<ListedAgency> added,
    List<Change> changed,
    List<Agency> removed,
    int unchanged,
    List<RowError> errors) {

  public ImportPreview {
    added = List.copyOf(added);
    changed = List.copyOf(changed);
    removed = List.copyOf(removed);
    errors = List.copyOf(errors);
  }

  /** A list with any error is refused whole. */
  public boolean canApply() {
    return errors.isEmpty();
  }

  /** An agency the list names differently from the registry. */
  public record Change(Agency before, ListedAgency after, List<FieldChange> fields) {}

  /** One field's old and new value, as text ({@code status} by its code). */
  public record FieldChange(String field, String before, String after) {}
}
