package org.safar.agencies;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks every row of a list file and says, row by row, what is wrong. One wrong row is enough for
 * the list to be refused whole, so every row is checked, not only up to the first error.
 */
final class ListCheck {

  static final int MAX_LICENCE = 60;
  static final int MAX_NAME = 300;
  static final int MAX_ADDRESS = 500;

  private static final DateTimeFormatter DOTTED =
      DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** What a list file holds: the good rows, and the reasons for the others. */
  record Result(List<ListedAgency> rows, List<RowError> errors) {}

  private ListCheck() {}

  static Result check(ListTable table) {
    List<RowError> errors = new ArrayList<>();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < table.header().size(); i++) {
      String column = ListColumns.canonical(table.header().get(i));
      if (column.isEmpty()) {
        continue;
      }
      if (!ListColumns.ALL.contains(column)) {
        errors.add(
            RowError.at(
                1,
                table.header().get(i),
                "agency.import.error.unknownColumn",
                table.header().get(i),
                String.join(", ", ListColumns.ALL)));
      } else if (index.putIfAbsent(column, i) != null) {
        errors.add(RowError.at(1, column, "agency.import.error.repeatedColumn", column, null));
      }
    }
    for (String required : ListColumns.REQUIRED) {
      if (!index.containsKey(required)) {
        errors.add(RowError.at(1, required, "agency.import.error.missingColumn", required, null));
      }
    }
    if (!errors.isEmpty()) {
      return new Result(List.of(), errors);
    }
    if (table.rows().isEmpty()) {
      return new Result(List.of(), List.of(RowError.file("agency.import.error.noRows", null)));
    }
    List<ListedAgency> rows = new ArrayList<>();
    Map<String, Integer> licences = new HashMap<>();
    for (ListTable.Line line : table.rows()) {
      int before = errors.size();
      if (line.cells().size() > table.header().size()) {
        errors.add(
            RowError.at(
                line.row(),
                null,
                "agency.import.error.fieldCount",
                Integer.toString(line.cells().size()),
                Integer.toString(table.header().size())));
        continue;
      }
      Row row = new Row(line, index, errors);
      String licence = row.text(ListColumns.LICENCE, MAX_LICENCE, true);
      String name = row.text(ListColumns.NAME, MAX_NAME, true);
      String address = row.text(ListColumns.ADDRESS, MAX_ADDRESS, false);
      String statusText = row.text(ListColumns.STATUS, 40, true);
      AgencyStatus status = null;
      if (statusText != null) {
        status = AgencyStatus.fromList(statusText).orElse(null);
        if (status == null) {
          errors.add(
              RowError.at(
                  line.row(),
                  ListColumns.STATUS,
                  "agency.import.error.status",
                  statusText,
                  "valid, suspended, cancelled, banned"));
        }
      }
      LocalDate from = row.date(ListColumns.VALID_FROM);
      LocalDate until = row.date(ListColumns.VALID_UNTIL);
      if (from != null && until != null && until.isBefore(from)) {
        errors.add(
            RowError.at(
                line.row(),
                ListColumns.VALID_UNTIL,
                "agency.import.error.untilBeforeFrom",
                until.toString(),
                from.toString()));
      }
      if (licence != null) {
        String key = Keys.licence(licence);
        if (key.isEmpty()) {
          errors.add(
              RowError.at(
                  line.row(), ListColumns.LICENCE, "agency.import.error.licence", licence, null));
        } else {
          Integer first = licences.putIfAbsent(key, line.row());
          if (first != null) {
            errors.add(
                RowError.at(
                    line.row(),
                    ListColumns.LICENCE,
                    "agency.import.error.duplicate",
                    licence,
                    Integer.toString(first)));
          }
        }
      }
      if (errors.size() == before) {
        rows.add(new ListedAgency(line.row(), licence, name, address, status, from, until));
      }
    }
    return new Result(rows, errors);
  }

  /** One row's cells by column name, adding an error for each one that is wrong. */
  private record Row(ListTable.Line line, Map<String, Integer> index, List<RowError> errors) {

    String raw(String column) {
      Integer i = index.get(column);
      if (i == null || i >= line.cells().size()) {
        return null;
      }
      String value = line.cells().get(i).strip();
      return value.isEmpty() ? null : value;
    }

    String text(String column, int max, boolean required) {
      String value = raw(column);
      if (value == null) {
        if (required) {
          errors.add(RowError.at(line.row(), column, "agency.import.error.required", column, null));
        }
        return null;
      }
      if (value.codePoints().anyMatch(c -> Character.isISOControl(c))) {
        errors.add(RowError.at(line.row(), column, "agency.import.error.control", column, null));
        return null;
      }
      if (value.length() > max) {
        errors.add(
            RowError.at(
                line.row(), column, "agency.import.error.tooLong", column, Integer.toString(max)));
        return null;
      }
      return value.replaceAll("\\s+", " ");
    }

    LocalDate date(String column) {
      String value = raw(column);
      if (value == null) {
        return null;
      }
      try {
        return value.contains(".")
            ? LocalDate.parse(value, DOTTED)
            : LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
      } catch (DateTimeParseException e) {
        errors.add(RowError.at(line.row(), column, "agency.import.error.date", value, null));
        return null;
      }
    }
  }
}
