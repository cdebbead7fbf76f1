package org.safar.counselling;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.safar.counselling.SurveyColumns.Column;

/**
 * Reads a follow-up survey export from KoboToolbox or ODK Central (CSV, UTF-8 with or without a
 * byte-order mark, comma or semicolon separated) and checks every row on its own: group paths are
 * stripped from the headers, the platforms' meta columns are ignored, any other unknown column
 * refuses the whole file. Nothing here touches the database.
 */
final class SurveyFile {

  static final int MAX_ROWS = 20_000;

  /** A file that cannot be read as a whole: the reason's message key and the value it names. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final String key;
    final String value;

    Refused(String key, String value) {
      super(key, null, false, false);
      this.key = key;
      this.value = value;
    }
  }

  /** One submission that passed the checks that need no database. */
  record Row(
      int row,
      String submissionId,
      long clientRef,
      LocalDate surveyDate,
      Instant doneAt,
      boolean reached,
      String outcome,
      Intention intention,
      Integer likelihood) {}

  /** The rows that passed and every problem found. */
  record Checked(List<Row> rows, List<FollowUpImportError> errors) {}

  private SurveyFile() {}

  /** The file's text, if it is UTF-8 text (a byte-order mark, as Kobo writes, is dropped). */
  static String decode(byte[] bytes) throws Refused {
    if (bytes == null || bytes.length == 0) {
      throw new Refused("followUpImport.error.empty", null);
    }
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      throw new Refused("followUpImport.error.spreadsheet", null);
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
      throw new Refused("followUpImport.error.encoding", null);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.indexOf('\u0000') >= 0) {
      throw new Refused("followUpImport.error.encoding", null);
    }
    if (text.isBlank()) {
      throw new Refused("followUpImport.error.empty", null);
    }
    return text;
  }

  /**
   * Checks the header and every row. {@code intentions} maps the accepted answers (codes and the
   * labels of the form's languages, in lower case) to intentions.
   */
  static Checked check(String text, Map<String, Intention> intentions, Clock clock) throws Refused {
    List<CSVRecord> records = parse(text);
    if (records.isEmpty()) {
      throw new Refused("followUpImport.error.empty", null);
    }
    Map<Column, Integer> at = SurveyColumns.header(records.get(0));
    if (records.size() == 1) {
      throw new Refused("followUpImport.error.noRows", null);
    }
    if (records.size() - 1 > MAX_ROWS) {
      throw new Refused("followUpImport.error.tooMany", Integer.toString(MAX_ROWS));
    }
    int width = records.get(0).size();
    List<Row> rows = new ArrayList<>();
    List<FollowUpImportError> errors = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 1; i < records.size(); i++) {
      CSVRecord r = records.get(i);
      int row = i + 1;
      if (blank(r)) {
        continue;
      }
      if (r.size() != width) {
        errors.add(
            error(row, null, "followUpImport.error.cellCount", r.size() + " / " + width + ""));
        continue;
      }
      int before = errors.size();
      String submission = submissionId(cell(r, at, Column.SUBMISSION));
      if (submission == null) {
        errors.add(error(row, Column.SUBMISSION, "followUpImport.error.noSubmissionId", null));
      } else if (submission.length() > 200) {
        errors.add(error(row, Column.SUBMISSION, "followUpImport.error.tooLong", null));
      } else {
        Integer first = seen.putIfAbsent(submission, row);
        if (first != null) {
          errors.add(
              error(row, Column.SUBMISSION, "followUpImport.error.submissionTwice", first + ""));
        }
      }
      Long client = clientRef(cell(r, at, Column.CLIENT), row, errors);
      OffsetDateTime when = date(cell(r, at, Column.DATE), row, errors, clock);
      Boolean reached = reached(cell(r, at, Column.REACHED), row, errors);
      String outcome = cell(r, at, Column.OUTCOME);
      outcome = outcome == null || outcome.isBlank() ? null : outcome.strip();
      if (outcome != null && outcome.codePointCount(0, outcome.length()) > 5000) {
        errors.add(error(row, Column.OUTCOME, "followUpImport.error.tooLong", null));
      }
      Intention intention = intention(cell(r, at, Column.INTENTION), intentions, row, errors);
      Integer likelihood = likelihood(cell(r, at, Column.LIKELIHOOD), row, errors);
      if (errors.size() == before && reached != null) {
        if (reached) {
          if (intention == null) {
            errors.add(error(row, Column.INTENTION, "followUpImport.error.intentionMissing", null));
          } else if (likelihood == null) {
            errors.add(
                error(row, Column.LIKELIHOOD, "followUpImport.error.likelihoodMissing", null));
          }
        } else if (intention != null || likelihood != null) {
          errors.add(
              error(
                  row,
                  intention != null ? Column.INTENTION : Column.LIKELIHOOD,
                  "followUpImport.error.notReachedIntention",
                  null));
        }
      }
      if (errors.size() == before) {
        rows.add(
            new Row(
                row,
                submission,
                client,
                when.toLocalDate(),
                when.toInstant(),
                reached,
                outcome,
                intention,
                likelihood));
      }
    }
    if (rows.isEmpty() && errors.isEmpty()) {
      throw new Refused("followUpImport.error.noRows", null);
    }
    return new Checked(rows, errors);
  }

  private static List<CSVRecord> parse(String text) throws Refused {
    int newline = text.indexOf('\n');
    String first = newline < 0 ? text : text.substring(0, newline);
    char delimiter = count(first, ';') > count(first, ',') ? ';' : ',';
    if (count(first, '\t') > Math.max(count(first, ','), count(first, ';'))) {
      delimiter = '\t';
    }
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      return parser.getRecords();
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      throw new Refused("followUpImport.error.notCsv", null);
    }
  }

  /** The id of a submission, the same whichever column it came from ("uuid:" dropped). */
  static String submissionId(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    return v.regionMatches(true, 0, "uuid:", 0, 5) ? v.substring(5).strip() : v;
  }

  private static Long clientRef(String value, int row, List<FollowUpImportError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(error(row, Column.CLIENT, "followUpImport.error.clientMissing", null));
      return null;
    }
    String v = value.strip();
    if (v.startsWith("#")) {
      v = v.substring(1).strip();
    }
    if (!v.matches("[0-9]{1,15}")) {
      errors.add(error(row, Column.CLIENT, "followUpImport.error.clientRef", value));
      return null;
    }
    return Long.valueOf(v);
  }

  /**
   * A day ({@code 2026-03-04}) or a Kobo date-time ({@code 2026-03-04T10:15:00.000+06:00}); a day
   * is taken as that day in UTC. Neither in the future nor before 2000.
   */
  private static OffsetDateTime date(
      String value, int row, List<FollowUpImportError> errors, Clock clock) {
    if (value == null || value.isBlank()) {
      errors.add(error(row, Column.DATE, "followUpImport.error.dateMissing", null));
      return null;
    }
    String v = value.strip();
    OffsetDateTime when;
    boolean dayOnly = v.length() == 10;
    try {
      if (dayOnly) {
        when = LocalDate.parse(v).atStartOfDay().atOffset(ZoneOffset.UTC);
      } else {
        when = parseDateTime(v);
      }
    } catch (DateTimeParseException e) {
      errors.add(error(row, Column.DATE, "followUpImport.error.date", value));
      return null;
    }
    boolean future =
        dayOnly
            ? when.toLocalDate().isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1))
            : when.toInstant().isAfter(clock.instant().plusSeconds(600));
    if (future) {
      errors.add(error(row, Column.DATE, "followUpImport.error.dateFuture", value));
      return null;
    }
    if (when.getYear() < 2000) {
      errors.add(error(row, Column.DATE, "followUpImport.error.date", value));
      return null;
    }
    return when;
  }

  private static OffsetDateTime parseDateTime(String v) {
    try {
      return OffsetDateTime.parse(v);
    } catch (DateTimeParseException e) {
      // ODK Central writes "Z"; a date-time without an offset is read as UTC
      if (v.endsWith("Z") || v.endsWith("z")) {
        throw e;
      }
      return LocalDateTime.parse(v).atOffset(ZoneOffset.UTC);
    }
  }

  private static final Set<String> YES =
      Set.of("yes", "y", "1", "true", "reached", "да", "نعم", "بله", "بلی");
  private static final Set<String> NO =
      Set.of("no", "n", "0", "false", "not_reached", "нет", "لا", "نه", "نخیر");

  private static Boolean reached(String value, int row, List<FollowUpImportError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(error(row, Column.REACHED, "followUpImport.error.reachedMissing", null));
      return null;
    }
    String v = normalise(value);
    if (YES.contains(v)) {
      return true;
    }
    if (NO.contains(v)) {
      return false;
    }
    errors.add(error(row, Column.REACHED, "followUpImport.error.reached", value));
    return null;
  }

  private static Intention intention(
      String value, Map<String, Intention> intentions, int row, List<FollowUpImportError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    Intention i = intentions.get(normalise(value));
    if (i == null) {
      errors.add(error(row, Column.INTENTION, "followUpImport.error.intention", value));
    }
    return i;
  }

  private static Integer likelihood(String value, int row, List<FollowUpImportError> errors) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.matches("[1-5](\\.0+)?")) {
      return v.charAt(0) - '0';
    }
    errors.add(error(row, Column.LIKELIHOOD, "followUpImport.error.likelihood", value));
    return null;
  }

  /** An answer as compared: lower case, spaces and hyphens as underscores. */
  static String normalise(String answer) {
    return answer.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
  }

  private static String cell(CSVRecord r, Map<Column, Integer> at, Column c) {
    Integer i = at.get(c);
    return i == null ? null : r.get(i);
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

  static FollowUpImportError error(int row, Column column, String key, String value) {
    String shown = value == null ? null : value.length() > 100 ? value.substring(0, 100) : value;
    return new FollowUpImportError(row, column == null ? null : column.header(), key, shown);
  }
}
