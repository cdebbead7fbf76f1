package org.safar.assistance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safar.audit.AuditLog;
import org.safar.shell.SpreadsheetSafe;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action list as CSV, with the filters on screen and within the signed-in person's scope.
 * Actions are few (hundreds), so they are read in pages rather than from a cursor. Every export is
 * audited with its filter and row count, also one that breaks off.
 */
@Service
public class AssistanceExports {

  private static final List<String> COLUMNS =
      List.of(
          "id",
          "title",
          "countries",
          "requesting_institution",
          "theme",
          "status",
          "requested_on",
          "start_date",
          "end_date",
          "project",
          "expert_nationalities");

  private static final int PAGE = 500;

  private final ActionRepository actions;
  private final ExpertRepository experts;
  private final AssistanceAccess access;
  private final AuditLog audit;

  AssistanceExports(
      ActionRepository actions, ExpertRepository experts, AssistanceAccess access, AuditLog audit) {
    this.actions = actions;
    this.experts = experts;
    this.access = access;
    this.audit = audit;
  }

  @Transactional
  public long actions(ActionFilter filter, Writer out) {
    Long[] scope = access.scope().asArray();
    long rows = 0;
    try {
      CSVPrinter csv =
          CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out);
      for (int page = 0; ; page++) {
        List<AssistanceAction> batch = actions.search(filter, scope, PAGE, (long) page * PAGE);
        Map<Long, List<String>> nationalities =
            batch.isEmpty()
                ? Map.of()
                : experts.nationalitiesByAction(batch.stream().map(AssistanceAction::id).toList());
        for (AssistanceAction a : batch) {
          csv.printRecord(
              a.id(),
              SpreadsheetSafe.cell(a.title()),
              String.join(" ", a.countryCodes()),
              SpreadsheetSafe.cell(a.requestingInstitution()),
              a.theme(),
              a.status(),
              a.requestedOn(),
              a.startDate(),
              a.endDate(),
              SpreadsheetSafe.cell(a.projectTitle()),
              String.join(" ", nationalities.getOrDefault(a.id(), List.of())));
          rows++;
        }
        if (batch.size() < PAGE) {
          break;
        }
      }
      csv.flush();
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      audit.recordAlone(
          AuditLog.currentActor(), "EXPORTED", "ta_action", null, filter + ", rows " + rows);
    }
  }
}
