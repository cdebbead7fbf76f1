package org.safar.portfolio;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the portfolio. */
@Repository
class ProgrammeRepository {

  private static final String SELECT =
      "select p.id, p.parent_id, p.level, p.code, p.title, p.summary, p.donors, p.implementers,"
          + " p.beneficiaries, p.country_codes, p.start_date, p.end_date, p.budget, p.currency,"
          + " p.status, p.owner_org_unit_id, p.version"
          + " from programme p";

  private final JdbcClient jdbc;

  ProgrammeRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Programme> findById(long id) {
    return jdbc.sql(SELECT + " where p.id = ?")
        .param(id)
        .query(ProgrammeRepository::map)
        .optional();
  }

  Optional<Programme> findByCode(String code) {
    return jdbc.sql(SELECT + " where lower(p.code) = lower(?)")
        .param(code)
        .query(ProgrammeRepository::map)
        .optional();
  }

  List<Programme> children(long parentId) {
    return jdbc.sql(SELECT + " where p.parent_id = ? order by p.start_date nulls last, p.title")
        .param(parentId)
        .query(ProgrammeRepository::map)
        .list();
  }

  /** Entries owned inside the scope that match the text, country and level. */
  List<Programme> search(
      Long[] scope, String like, String country, PortfolioLevel level, int limit, long offset) {
    return jdbc.sql(
            SELECT
                + WHERE
                + " order by p.start_date desc nulls last, p.title limit :limit offset :offset")
        .param("scope", scope)
        .param("q", like)
        .param("country", country)
        .param("level", level == null ? null : level.name())
        .param("limit", limit)
        .param("offset", offset)
        .query(ProgrammeRepository::map)
        .list();
  }

  long count(Long[] scope, String like, String country, PortfolioLevel level) {
    return jdbc.sql("select count(*) from programme p" + WHERE)
        .param("scope", scope)
        .param("q", like)
        .param("country", country)
        .param("level", level == null ? null : level.name())
        .query(Long.class)
        .single();
  }

  private static final String WHERE =
      " where p.owner_org_unit_id = any(:scope)"
          + " and (cast(:q as text) is null or p.title ilike :q or p.code ilike :q"
          + "   or p.summary ilike :q or array_to_string(p.donors, ' ') ilike :q)"
          + " and (cast(:country as text) is null or :country = any(p.country_codes))"
          + " and (cast(:level as text) is null or p.level = :level)";

  long insert(Programme p, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into programme (parent_id, level, code, title, summary, donors, implementers,"
                + " beneficiaries, country_codes, start_date, end_date, budget, currency, status,"
                + " owner_org_unit_id, created_by, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            p.parentId(),
            p.level().name(),
            p.code(),
            p.title(),
            p.summary(),
            p.donors().toArray(String[]::new),
            p.implementers().toArray(String[]::new),
            p.beneficiaries().toArray(String[]::new),
            p.countryCodes().toArray(String[]::new),
            p.startDate() == null ? null : Date.valueOf(p.startDate()),
            p.endDate() == null ? null : Date.valueOf(p.endDate()),
            p.budget(),
            p.currency(),
            p.status().name(),
            p.ownerOrgUnitId(),
            actor,
            actor)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  /** Changes what can be edited about an entry; fails if someone saved it since {@code version}. */
  void update(long id, int version, Programme p, String actor) {
    int changed =
        jdbc.sql(
                "update programme set title = ?, summary = ?, donors = ?, implementers = ?,"
                    + " beneficiaries = ?, country_codes = ?, start_date = ?, end_date = ?,"
                    + " budget = ?, currency = ?, status = ?, version = version + 1,"
                    + " updated_at = now(), updated_by = ? where id = ? and version = ?")
            .params(
                p.title(),
                p.summary(),
                p.donors().toArray(String[]::new),
                p.implementers().toArray(String[]::new),
                p.beneficiaries().toArray(String[]::new),
                p.countryCodes().toArray(String[]::new),
                p.startDate() == null ? null : Date.valueOf(p.startDate()),
                p.endDate() == null ? null : Date.valueOf(p.endDate()),
                p.budget(),
                p.currency(),
                p.status().name(),
                actor,
                id,
                version)
            .update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("Programme " + id + " changed meanwhile");
    }
  }

  /** The entry and every entry beneath it. */
  Set<Long> withEntriesBeneath(long id) {
    return new HashSet<>(
        jdbc.sql(
                "with recursive t as (select id from programme where id = ?"
                    + " union all select p.id from programme p join t on p.parent_id = t.id)"
                    + " select id from t")
            .param(id)
            .query(Long.class)
            .list());
  }

  /** Entries owned by one of these units, for pickers, by code (a programme before its parts). */
  List<Programme> ownedBy(Long[] units) {
    return jdbc.sql(SELECT + " where p.owner_org_unit_id = any(?)" + " order by p.code")
        .param(units)
        .query(ProgrammeRepository::map)
        .list();
  }

  private static Programme map(ResultSet rs, int row) throws SQLException {
    Date start = rs.getDate("start_date");
    Date end = rs.getDate("end_date");
    return new Programme(
        rs.getLong("id"),
        rs.getObject("parent_id", Long.class),
        PortfolioLevel.valueOf(rs.getString("level")),
        rs.getString("code"),
        rs.getString("title"),
        rs.getString("summary"),
        strings(rs, "donors"),
        strings(rs, "implementers"),
        strings(rs, "beneficiaries"),
        strings(rs, "country_codes"),
        start == null ? null : start.toLocalDate(),
        end == null ? null : end.toLocalDate(),
        rs.getBigDecimal("budget"),
        rs.getString("currency"),
        ProgrammeStatus.valueOf(rs.getString("status")),
        rs.getLong("owner_org_unit_id"),
        rs.getInt("version"));
  }

  private static List<String> strings(ResultSet rs, String column) throws SQLException {
    var array = rs.getArray(column);
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
