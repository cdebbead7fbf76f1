package org.safar.equipment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.safar.audit.AuditLog;
import org.safar.orgunits.OrgUnitScope;
import org.safar.orgunits.OrgUnits;
import org.safar.orgunits.OutOfScopeException;
import org.safar.portfolio.Portfolio;
import org.safar.shell.ResultPage;
import org.safar.shell.SpreadsheetSafe;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Equipment handovers: the module's public face. */
@Service
public class Handovers {

  private static final List<String> COLUMNS =
      List.of(
          "id",
          "handed_over_on",
          "kind",
          "description",
          "quantity",
          "unit_value",
          "currency",
          "total_value",
          "recipient",
          "purpose",
          "project",
          "org_unit");

  private final HandoverRepository repository;
  private final OrgUnits orgUnits;
  private final Portfolio portfolio;
  private final AuditLog audit;
  private final Clock clock;
  private final JdbcClient cursor;

  Handovers(
      HandoverRepository repository,
      OrgUnits orgUnits,
      Portfolio portfolio,
      AuditLog audit,
      Clock clock,
      JdbcTemplate jdbc) {
    this.repository = repository;
    this.orgUnits = orgUnits;
    this.portfolio = portfolio;
    this.audit = audit;
    this.clock = clock;
    JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
    streaming.setFetchSize(2000);
    this.cursor = JdbcClient.create(streaming);
  }

  @Transactional
  public long record(HandoverDraft draft) {
    return record(draft, orgUnits.currentScope());
  }

  /** Records a handover of a unit in {@code scope} (the demo loads with the whole network). */
  @Transactional
  public long record(HandoverDraft draft, OrgUnitScope scope) {
    HandoverDraft d = validate(draft, scope);
    long id = repository.insert(d, AuditLog.currentActor());
    audit.record("CREATED", "equipment_handover", id, describe(d));
    return id;
  }

  @Transactional
  public void change(long id, int version, HandoverDraft draft) {
    get(id);
    HandoverDraft d = validate(draft, orgUnits.currentScope());
    repository.update(id, version, d, AuditLog.currentActor());
    audit.record("UPDATED", "equipment_handover", id, describe(d));
  }

  @Transactional
  public void delete(long id, int version) {
    Handover h = get(id);
    if (!repository.delete(id, version)) {
      throw new OptimisticLockingFailureException("Handover " + id + " changed meanwhile");
    }
    audit.record("DELETED", "equipment_handover", id, h.quantity() + " × " + h.description());
  }

  @Transactional(readOnly = true)
  public Handover get(long id) {
    Handover h = repository.findById(id).orElseThrow(() -> new HandoverNotFoundException(id));
    if (!orgUnits.currentScope().contains(h.orgUnitId())) {
      audit.accessDenied("equipment_handover", id);
      throw new OutOfScopeException("equipment_handover " + id);
    }
    return h;
  }

  @Transactional(readOnly = true)
  public ResultPage<Handover> search(HandoverFilter f, int page, int size) {
    var where = where(f);
    return new ResultPage<>(
        repository.search(where, size, (long) page * size), page, size, repository.count(where));
  }

  /** How many handovers the reader may see under these portfolio entries. */
  @Transactional(readOnly = true)
  public long countUnder(Set<Long> projectIds) {
    return repository.count(
        new HandoverRepository.Where(
            orgUnits.currentScope().asArray(),
            new HandoverFilter(null, null, null, null, null),
            projectIds.toArray(Long[]::new)));
  }

  /** The list as CSV, with its filters, in scope, streamed from a cursor; audited. */
  @Transactional(readOnly = true)
  public long export(HandoverFilter f, Writer out) {
    var where = where(f);
    var sql =
        where.bind(
            cursor.sql(
                "select h.id, h.handed_over_on, h.kind, h.description, h.quantity, h.unit_value,"
                    + " h.currency, h.total_value, h.recipient, h.purpose, p.code, u.code"
                    + " from equipment_handover h join programme p on p.id = h.project_id"
                    + " join org_unit u on u.id = h.org_unit_id"
                    + where.sql()
                    + " order by h.handed_over_on desc, h.id desc"));
    long[] rows = {0};
    boolean complete = false;
    try {
      CSVPrinter csv =
          CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get().print(out);
      sql.query(
          (ResultSet rs) -> {
            try {
              for (int i = 1; i <= COLUMNS.size(); i++) {
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
          "equipment_handover",
          null,
          rows[0] + " rows; " + f.describe() + (complete ? "" : "; broken off"));
    }
    return rows[0];
  }

  private HandoverRepository.Where where(HandoverFilter f) {
    Long[] projects =
        f.projectId() == null
            ? null
            : portfolio.withEntriesBeneath(f.projectId()).toArray(Long[]::new);
    return new HandoverRepository.Where(orgUnits.currentScope().asArray(), f, projects);
  }

  private HandoverDraft validate(HandoverDraft d, OrgUnitScope scope) {
    if (d.orgUnitId() == null || !scope.contains(d.orgUnitId())) {
      throw new InvalidEquipmentInputException("orgUnitId", "equipment.error.orgUnit");
    }
    if (d.projectId() == null || !portfolio.isWorkableIn(d.projectId(), scope)) {
      throw new InvalidEquipmentInputException("projectId", "equipment.error.project");
    }
    if (d.kind() == null) {
      throw new InvalidEquipmentInputException("kind", "equipment.error.kind");
    }
    String description = text(d.description(), 300, "description");
    if (description == null) {
      throw new InvalidEquipmentInputException("description", "equipment.error.description");
    }
    if (d.quantity() == null || d.quantity() <= 0 || d.quantity() > 10_000_000) {
      throw new InvalidEquipmentInputException("quantity", "equipment.error.quantity");
    }
    if (d.unitValue() != null
        && (d.unitValue().signum() < 0 || d.unitValue().compareTo(new BigDecimal("1e12")) >= 0)) {
      throw new InvalidEquipmentInputException("unitValue", "equipment.error.unitValue");
    }
    if (d.unitValue() != null
        && d.unitValue()
                .multiply(BigDecimal.valueOf(d.quantity()))
                .compareTo(new BigDecimal("1e16"))
            >= 0) {
      throw new InvalidEquipmentInputException("unitValue", "equipment.error.unitValue");
    }
    String currency =
        d.currency() == null || d.currency().isBlank()
            ? null
            : d.currency().strip().toUpperCase(Locale.ROOT);
    if (d.unitValue() != null && currency == null) {
      throw new InvalidEquipmentInputException("currency", "equipment.error.currencyNeeded");
    }
    if (currency != null && !Portfolio.isCurrency(currency)) {
      throw new InvalidEquipmentInputException("currency", "equipment.error.currency");
    }
    if (d.handedOverOn() == null || d.handedOverOn().isAfter(LocalDate.now(clock))) {
      throw new InvalidEquipmentInputException("handedOverOn", "equipment.error.date");
    }
    String recipient = text(d.recipient(), 300, "recipient");
    if (recipient == null) {
      throw new InvalidEquipmentInputException("recipient", "equipment.error.recipient");
    }
    return new HandoverDraft(
        d.projectId(),
        d.orgUnitId(),
        d.kind(),
        description,
        d.quantity(),
        d.unitValue(),
        d.unitValue() == null ? null : currency,
        d.handedOverOn(),
        recipient,
        text(d.purpose(), 2000, "purpose"));
  }

  private static String text(String value, int max, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String s = value.strip();
    if (s.codePointCount(0, s.length()) > max) {
      throw new InvalidEquipmentInputException(field, "equipment.error.tooLong");
    }
    return s;
  }

  private static String describe(HandoverDraft d) {
    return d.quantity()
        + " × "
        + d.description()
        + " to "
        + d.recipient()
        + (d.unitValue() == null ? "" : " at " + d.currency() + " " + d.unitValue() + " each");
  }
}
