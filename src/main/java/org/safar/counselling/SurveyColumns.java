package org.safar.counselling;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * The columns of a follow-up survey export: the survey's questions, and the meta columns
 * KoboToolbox and ODK Central add, which are ignored. A header is matched by its last group path
 * segment ({@code group_followup/reached}, {@code group_followup-reached}), in any case.
 */
final class SurveyColumns {

  private SurveyColumns() {}

  /** The survey's questions, by the names the form gives them (after group paths are stripped). */
  enum Column {
    SUBMISSION("submission_id", "_uuid", "instanceid", "key"),
    CLIENT("client_ref"),
    DATE("followup_date"),
    REACHED("reached"),
    OUTCOME("outcome"),
    INTENTION("intention"),
    LIKELIHOOD("likelihood");

    final List<String> names;

    Column(String... names) {
      this.names = List.of(names);
    }

    String header() {
      return names.get(0);
    }
  }

  /**
   * Columns KoboToolbox and ODK Central add to every export (lower case, group path stripped): they
   * say who sent the submission and when, and are ignored.
   */
  static final Set<String> META =
      Set.of(
          // KoboToolbox
          "_id",
          "_submission_time",
          "_index",
          "_status",
          "_submitted_by",
          "__version__",
          "_version_",
          "_validation_status",
          "_notes",
          "_tags",
          "_geolocation",
          "_attachments",
          "_xform_id_string",
          "_parent_table_name",
          "_parent_index",
          "start",
          "end",
          "today",
          "deviceid",
          "username",
          "simserial",
          "subscriberid",
          "phonenumber",
          "audit",
          "audit_url",
          "rootuuid",
          "deprecatedid",
          "instancename",
          "uuid",
          // ODK Central
          "submissiondate",
          "submitterid",
          "submittername",
          "attachmentspresent",
          "attachmentsexpected",
          "status",
          "reviewstate",
          "edits",
          "formversion");

  /** The question a header names: its last group path segment, or null for a meta column. */
  static String question(String header) {
    String h = header.strip().toLowerCase(Locale.ROOT);
    int cut = Math.max(h.lastIndexOf('/'), Math.max(h.lastIndexOf('-'), h.lastIndexOf('.')));
    return h.substring(cut + 1).strip();
  }

  static Map<Column, Integer> header(CSVRecord header) throws SurveyFile.Refused {
    Map<Column, Integer> at = new EnumMap<>(Column.class);
    for (int i = 0; i < header.size(); i++) {
      String raw = header.get(i).strip();
      String name = question(raw);
      if (name.isEmpty()) {
        throw new SurveyFile.Refused("followUpImport.error.blankColumn", Integer.toString(i + 1));
      }
      Column column = null;
      for (Column c : Column.values()) {
        if (c.names.contains(name)) {
          column = c;
        }
      }
      if (column == null) {
        if (META.contains(name)) {
          continue;
        }
        throw new SurveyFile.Refused("followUpImport.error.unknownColumn", raw);
      }
      // Kobo may carry both _uuid and meta/instanceID, ODK both KEY and meta-instanceID: the first
      // submission id column wins (they hold the same submission's id)
      if (at.putIfAbsent(column, i) != null && column != Column.SUBMISSION) {
        throw new SurveyFile.Refused("followUpImport.error.columnTwice", raw);
      }
    }
    for (Column required : Column.values()) {
      if (required != Column.OUTCOME && !at.containsKey(required)) {
        throw new SurveyFile.Refused(
            "followUpImport.error.missingColumn",
            required == Column.SUBMISSION ? "_uuid / meta-instanceID / KEY" : required.header());
      }
    }
    return at;
  }
}
