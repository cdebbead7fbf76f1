package org.safar.training;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a participant file (CSV in UTF-8, comma, semicolon or tab separated) and checks every row:
 * the columns are named in the first row, each row meets {@link ParticipantRules}, and no person
 * appears twice. Nothing here touches the database.
 */
final class ParticipantFile {

  static final int MAX_ROWS = 200_000;

  /** The columns, by the name a file uses for them (after {@link #normalise}). */
  enum Column {
    NAME("name", "full_name", "participant"),
    SEX("sex", "gender"),
    INSTITUTION("institution", "organisation", "organization"),
    POSITION("position", "job_title", "function"),
    PRE_SCORE("pre_score", "pre_test", "pretest", "pre"),
    POST_SCORE("post_score", "post_test", "posttest", "post");

    final List<String> names;

    Column(String... names) {
      this.names = List.of(names);
    }

    String header() {
      return names.get(0);
    }
  }

  static final String EXPECTED = "name, sex, institution, position, pre_score, post_score";

  /** A file that cannot be read as a whole: the reason's message key and its arguments. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final String key;
    final transient List<Object> args;

    Refused(String key, Object... args) {
      super(key, null, false, false);
      this.key = key;
      this.args = List.of(args);
    }
  }

  /** The rows that passed, their row numbers, and every problem found. */
  record Checked(List<ParticipantDraft> rows, int[] rowNumbers, List<ImportProblem> problems) {}

  private ParticipantFile() {}

  /** The file's text, if it is UTF-8 text (a byte-order mark is dropped). */
  static String decode(byte[] bytes) throws Refused {
    if (bytes.length == 0) {
      throw new Refused("training.import.error.empty");
    }
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      throw new Refused("training.import.error.spreadsheet");
    }
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
            || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      throw new Refused("training.import.error.utf16");
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new Refused("training.import.error.encoding");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.indexOf('\u0000') >= 0) {
      throw new Refused("training.import.error.encoding");
    }
    return text;
  }

  /** Checks every row of the text, telling {@code progress} how many rows are done. */
  static Checked check(String text, IntConsumer progress) throws Refused {
    List<CSVRecord> records = parse(text);
    if (records.isEmpty()) {
      throw new Refused("training.import.error.empty");
    }
    Map<Column, Integer> at = header(records.get(0));
    int rowCount = records.size() - 1;
    if (rowCount > MAX_ROWS) {
      throw new Refused("training.import.error.tooMany", MAX_ROWS);
    }
    List<ParticipantDraft> rows = new ArrayList<>(rowCount);
    int[] numbers = new int[rowCount];
    List<ImportProblem> problems = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>(rowCount * 2);
    int width = records.get(0).size();
    for (int i = 1; i < records.size(); i++) {
      CSVRecord r = records.get(i);
      int row = i + 1;
      if (i % 2000 == 0) {
        progress.accept(i);
      }
      if (blank(r)) {
        continue;
      }
      if (r.size() != width) {
        problems.add(problem(row, "", "training.import.error.cellCount", null, r.size(), width));
        continue;
      }
      int before = problems.size();
      String name = ParticipantRules.clean(cell(r, at, Column.NAME));
      String sexText = cell(r, at, Column.SEX);
      ParticipantSex sex = ParticipantSex.parse(sexText).orElse(null);
      if (sex == null && sexText != null && !sexText.isBlank()) {
        problems.add(problem(row, "sex", "training.import.error.sex", sexText));
      }
      var pre = score(r, at, Column.PRE_SCORE, row, problems);
      var post = score(r, at, Column.POST_SCORE, row, problems);
      ParticipantDraft d =
          new ParticipantDraft(
              name,
              ParticipantRules.clean(cell(r, at, Column.INSTITUTION)),
              sex,
              ParticipantRules.clean(cell(r, at, Column.POSITION)),
              pre,
              post);
      if (problems.size() == before) {
        ParticipantRules.Problem p = ParticipantRules.check(d);
        if (p != null) {
          String column = columnOf(p.field());
          problems.add(problem(row, column, p.messageKey(), cellByName(r, at, column)));
        }
      }
      if (name != null) {
        Integer first = seen.putIfAbsent(ParticipantRules.key(name, d.institution()), row);
        if (first != null) {
          problems.add(problem(row, "name", "training.import.error.duplicateRow", name, first));
        }
      }
      if (problems.size() == before) {
        numbers[rows.size()] = row;
        rows.add(d);
      }
    }
    progress.accept(rowCount);
    return new Checked(rows, java.util.Arrays.copyOf(numbers, rows.size()), problems);
  }

  private static List<CSVRecord> parse(String text) throws Refused {
    int newline = text.indexOf('\n');
    String first = newline < 0 ? text : text.substring(0, newline);
    char delimiter = ',';
    if (count(first, ';') > count(first, ',')) {
      delimiter = ';';
    }
    if (count(first, '\t') > Math.max(count(first, ','), count(first, ';'))) {
      delimiter = '\t';
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      return parser.getRecords();
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw new Refused("training.import.error.notCsv");
    }
  }

  private static Map<Column, Integer> header(CSVRecord header) throws Refused {
    Map<Column, Integer> at = new LinkedHashMap<>();
    for (int i = 0; i < header.size(); i++) {
      String raw = header.get(i);
      String n = normalise(raw);
      Column column = null;
      for (Column c : Column.values()) {
        if (c.names.contains(n)) {
          column = c;
        }
      }
      if (column == null) {
        throw new Refused(
            raw.isBlank()
                ? "training.import.error.blankColumn"
                : "training.import.error.unknownColumn",
            raw.strip(),
            EXPECTED);
      }
      if (at.putIfAbsent(column, i) != null) {
        throw new Refused("training.import.error.columnTwice", raw.strip());
      }
    }
    for (Column required : List.of(Column.NAME, Column.SEX)) {
      if (!at.containsKey(required)) {
        throw new Refused("training.import.error.missingColumn", required.header(), EXPECTED);
      }
    }
    return at;
  }

  static String normalise(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
  }

  private static java.math.BigDecimal score(
      CSVRecord r, Map<Column, Integer> at, Column c, int row, List<ImportProblem> problems) {
    String v = cell(r, at, c);
    try {
      return ParticipantRules.score(v);
    } catch (NumberFormatException e) {
      problems.add(problem(row, c.header(), "training.import.error.notANumber", v));
      return null;
    }
  }

  private static String cell(CSVRecord r, Map<Column, Integer> at, Column c) {
    Integer i = at.get(c);
    return i == null ? null : r.get(i);
  }

  private static String cellByName(CSVRecord r, Map<Column, Integer> at, String column) {
    for (Column c : Column.values()) {
      if (c.header().equals(column)) {
        return cell(r, at, c);
      }
    }
    return null;
  }

  private static String columnOf(String field) {
    return switch (field) {
      case "fullName" -> "name";
      case "preScore" -> "pre_score";
      case "postScore" -> "post_score";
      default -> field;
    };
  }

  private static boolean blank(CSVRecord r) {
    for (String v : r) {
      if (!v.isBlank()) {
        return false;
      }
    }
    return true;
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  static ImportProblem problem(int row, String column, String key, String value, Object... args) {
    String shown = value == null ? "" : value.length() > 100 ? value.substring(0, 100) : value;
    return new ImportProblem(row, column, key, List.of(args), shown);
  }
}
