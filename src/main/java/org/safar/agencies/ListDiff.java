package org.safar.agencies;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.safar.agencies.ImportPreview.Change;
import org.safar.agencies.ImportPreview.FieldChange;

/** Compares a checked list with what the registry holds for that country. */
final class ListDiff {

  record Result(
      List<ListedAgency> added, List<Change> changed, List<Agency> removed, List<Long> unchanged) {}

  private ListDiff() {}

  static Result of(Map<String, Agency> registry, List<ListedAgency> rows) {
    List<ListedAgency> added = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    List<Long> unchanged = new ArrayList<>();
    Set<String> named = new HashSet<>();
    for (ListedAgency row : rows) {
      String key = Keys.licence(row.licenceNumber());
      named.add(key);
      Agency before = registry.get(key);
      if (before == null) {
        added.add(row);
        continue;
      }
      List<FieldChange> fields = new ArrayList<>();
      compare(fields, "licence_number", before.licenceNumber(), row.licenceNumber());
      compare(fields, "name", before.name(), row.name());
      compare(fields, "address", before.address(), row.address());
      compare(fields, "status", before.status().code(), row.status().code());
      compare(fields, "valid_from", text(before.validFrom()), text(row.validFrom()));
      compare(fields, "valid_until", text(before.validUntil()), text(row.validUntil()));
      if (fields.isEmpty()) {
        unchanged.add(before.id());
      } else {
        changed.add(new Change(before, row, fields));
      }
    }
    List<Agency> removed =
        registry.entrySet().stream()
            .filter(e -> !named.contains(e.getKey()))
            .map(Map.Entry::getValue)
            .filter(a -> a.status() != AgencyStatus.NOT_LISTED)
            .toList();
    return new Result(added, changed, removed, unchanged);
  }

  private static void compare(List<FieldChange> into, String field, String before, String after) {
    if (!Objects.equals(before, after)) {
      into.add(new FieldChange(field, before, after));
    }
  }

  private static String text(Object o) {
    return o == null ? null : o.toString();
  }
}
