package org.safar.equipment;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safar.shell.ResultPage;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for equipment handovers. */
@Repository
class HandoverRepository {

  static final String SELECT =
      "select h.*, p.title as project_title, p.code as project_code, u.name as unit_name,"
          + " u.code as unit_code from equipment_handover h join programme p on p.id = h.project_id"
          + " join org_unit u on u.id = h.org_unit_id";

  private final JdbcClient jdbc;

  HandoverRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(HandoverDraft d, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into equipment_handover (project_id, org_unit_id, kind, description, quantity,"
                + " unit_value, currency, handed_over_on, recipient, purpose, created_by,"
                + " updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            d.projectId(),
            d.orgUnitId(),
            d.kind().name(),
            d.description(),
            d.quantity(),
            d.unitValue(),
            d.currency(),
            Date.valueOf(d.handedOverOn()),
            d.recipient(),
            d.purpose(),
            actor,
            actor)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  void update(long id, int version, HandoverDraft d, String actor) {
    int changed =
        jdbc.sql(
                "update equipment_handover set project_id = ?, org_unit_id = ?, kind = ?,"
                    + " description = ?, quantity = ?, unit_value = ?, currency = ?,"
                    + " handed_over_on = ?, recipient = ?, purpose = ?, version = version + 1,"
                    + " updated_at = now(), updated_by = ? where id = ? and version = ?")
            .params(
                d.projectId(),
                d.orgUnitId(),
                d.kind().name(),
                d.description(),
                d.quantity(),
                d.unitValue(),
                d.currency(),
                Date.valueOf(d.handedOverOn()),
                d.recipient(),
                d.purpose(),
                actor,
                id,
                version)
            .update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("Handover " + id + " changed meanwhile");
    }
  }

  boolean delete(long id, int version) {
    return jdbc.sql("delete from equipment_handover where id = ? and version = ?")
            .params(id, version)
            .update()
        == 1;
  }

  Optional<Handover> findById(long id) {
    return jdbc.sql(SELECT + " where h.id = ?").param(id).query(HandoverRepository::map).optional();
  }

  List<Handover> search(Where w, int limit, long offset) {
    return w.bind(
            jdbc.sql(
                SELECT
                    + w.sql()
                    + " order by h.handed_over_on desc, h.id desc limit :limit offset :offset"))
        .param("limit", limit)
        .param("offset", offset)
        .query(HandoverRepository::map)
        .list();
  }

  long count(Where w) {
    return w.bind(jdbc.sql("select count(*) from equipment_handover h" + w.sql()))
        .query(Long.class)
        .single();
  }

  static Handover map(ResultSet rs, int row) throws SQLException {
    return new Handover(
        rs.getLong("id"),
        rs.getLong("project_id"),
        rs.getString("project_title"),
        rs.getLong("org_unit_id"),
        rs.getString("unit_name"),
        EquipmentKind.valueOf(rs.getString("kind")),
        rs.getString("description"),
        rs.getInt("quantity"),
        rs.getBigDecimal("unit_value"),
        rs.getString("currency"),
        rs.getBigDecimal("total_value"),
        rs.getDate("handed_over_on").toLocalDate(),
        rs.getString("recipient"),
        rs.getString("purpose"),
        rs.getInt("version"));
  }

  /** A where clause from the filters that are set. */
  static final class Where {
    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();

    Where(Long[] scope, HandoverFilter f, Long[] projects) {
      add("h.org_unit_id = any(:scope)", "scope", scope);
      String like = ResultPage.containing(f.text());
      if (like != null) {
        add(
            "(lower(h.description) like :q or lower(h.recipient) like :q"
                + " or lower(coalesce(h.purpose, '')) like :q)",
            "q",
            like);
      }
      if (projects != null) {
        add("h.project_id = any(:projects)", "projects", projects);
      }
      if (f.kind() != null) {
        add("h.kind = :kind", "kind", f.kind().name());
      }
      if (f.from() != null) {
        add("h.handed_over_on >= :from", "from", Date.valueOf(f.from()));
      }
      if (f.to() != null) {
        add("h.handed_over_on <= :to", "to", Date.valueOf(f.to()));
      }
    }

    private void add(String clause, String name, Object value) {
      clauses.add(clause);
      params.put(name, value);
    }

    String sql() {
      return " where " + String.join(" and ", clauses);
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
      for (var e : params.entrySet()) {
        spec = spec.param(e.getKey(), e.getValue());
      }
      return spec;
    }
  }
}
