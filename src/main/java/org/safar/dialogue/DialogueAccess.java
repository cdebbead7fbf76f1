package org.safar.dialogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safar.audit.AuditLog;
import org.safar.orgunits.OrgUnitScope;
import org.safar.orgunits.OrgUnits;
import org.safar.orgunits.OutOfScopeException;
import org.safar.portfolio.Portfolio;
import org.safar.shell.SpreadsheetSafe;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one gate of dialogue records (scope, 403 audited; units and projects one may file under), and
 * the CSV writer both lists share.
 */
@Component
class DialogueAccess {

  private final OrgUnits orgUnits;
  private final Portfolio portfolio;
  private final AuditLog audit;

  DialogueAccess(OrgUnits orgUnits, Portfolio portfolio, AuditLog audit) {
    this.orgUnits = orgUnits;
    this.portfolio = portfolio;
    this.audit = audit;
  }

  OrgUnitScope scope() {
    return orgUnits.currentScope();
  }

  void require(long orgUnitId, String recordType, long recordId) {
    if (!scope().contains(orgUnitId)) {
      audit.accessDenied(recordType, recordId);
      throw new OutOfScopeException(recordType + " " + recordId);
    }
  }

  void requireUnitAndProject(Long orgUnitId, Long projectId, OrgUnitScope scope) {
    if (orgUnitId == null || !scope.contains(orgUnitId)) {
      throw new InvalidDialogueInputException("orgUnitId", "outreach.error.orgUnit");
    }
    if (projectId == null || !portfolio.isWorkableIn(projectId, scope)) {
      throw new InvalidDialogueInputException("projectId", "outreach.error.project");
    }
  }

  Long[] projects(Long projectId) {
    return projectId == null ? null : portfolio.withEntriesBeneath(projectId).toArray(Long[]::new);
  }

  Long[] projects(Set<Long> projectIds) {
    return projectIds.toArray(Long[]::new);
  }

  /** Streams rows as CSV (formula-looking cells defused) and audits the export, also if cut off. */
  long csv(
      String subject,
      String filter,
      List<String> columns,
      JdbcClient.StatementSpec sql,
      Writer out) {
    long[] rows = {0};
    boolean complete = false;
    try {
      CSVPrinter csv =
          CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get().print(out);
      sql.query(
          (ResultSet rs) -> {
            try {
              for (int i = 1; i <= columns.size(); i++) {
                csv.print(SpreadsheetSafe.cell(rs.getObject(i)));
              }
              csv.println();
              rows[0]++;
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      csv.flush();
      complete = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      audit.recordAlone(
          AuditLog.currentActor(),
          "EXPORTED",
          subject,
          null,
          rows[0] + " rows; " + filter + (complete ? "" : "; broken off"));
    }
    return rows[0];
  }

  static String text(String value, int max, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String s = value.strip();
    if (s.codePointCount(0, s.length()) > max) {
      throw new InvalidDialogueInputException(field, "outreach.error.tooLong");
    }
    return s;
  }
}
