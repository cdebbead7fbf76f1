package org.safar.orgunits;

import java.sql.Array;
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

/** SQL for org units. The tree is small (hundreds of rows), so subtrees are recursive queries. */
@Repository
class OrgUnitRepository {

  private static final String COLUMNS =
      "u.id, u.parent_id, u.kind, u.code, u.name, u.country_code, u.address, u.city, u.hotline,"
          + " u.email, u.opening_hours, u.languages, u.active, u.version";

  private final JdbcClient jdbc;

  OrgUnitRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<OrgUnit> findById(long id) {
    return jdbc.sql("select " + COLUMNS + " from org_unit u where u.id = ?")
        .param(id)
        .query(OrgUnitRepository::map)
        .optional();
  }

  Optional<OrgUnit> findByCode(String code) {
    return jdbc.sql("select " + COLUMNS + " from org_unit u where lower(u.code) = lower(?)")
        .param(code)
        .query(OrgUnitRepository::map)
        .optional();
  }

  OrgUnit network() {
    return jdbc.sql("select " + COLUMNS + " from org_unit u where u.kind = 'NETWORK'")
        .query(OrgUnitRepository::map)
        .single();
  }

  long count() {
    return jdbc.sql("select count(*) from org_unit").query(Long.class).single();
  }

  Set<Long> subtreeIds(Set<Long> roots) {
    if (roots.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        jdbc.sql(
                "with recursive sub(id) as (select id from org_unit where id = any(?)"
                    + " union select c.id from org_unit c join sub on c.parent_id = sub.id)"
                    + " select id from sub")
            .param(roots.toArray(Long[]::new))
            .query(Long.class)
            .list());
  }

  Set<Long> ancestorsAndSelf(long id) {
    return new HashSet<>(
        jdbc.sql(
                "with recursive up(id, parent_id) as (select id, parent_id from org_unit where id = ?"
                    + " union select p.id, p.parent_id from org_unit p join up on p.id = up.parent_id)"
                    + " select id from up")
            .param(id)
            .query(Long.class)
            .list());
  }

  /** Units in scope, depth-first in name order, optionally filtered by text and kind. */
  List<OrgUnitRow> tree(Set<Long> scope, String like, OrgUnitKind kind) {
    return jdbc.sql(
            "with recursive t(id, depth, sort_path) as ("
                + " select id, 0, array[lower(name)] from org_unit where parent_id is null"
                + " union all select c.id, t.depth + 1, t.sort_path || lower(c.name)"
                + " from org_unit c join t on c.parent_id = t.id)"
                + " select "
                + COLUMNS
                + ", p.name as parent_name, t.depth from t join org_unit u on u.id = t.id"
                + " left join org_unit p on p.id = u.parent_id"
                + " where u.id = any(:scope)"
                + " and (cast(:kind as text) is null or u.kind = :kind)"
                + " and (cast(:q as text) is null or u.name ilike :q or u.code ilike :q"
                + "   or u.city ilike :q or u.country_code ilike :q)"
                + " order by t.sort_path")
        .param("scope", scope.toArray(Long[]::new))
        .param("kind", kind == null ? null : kind.name())
        .param("q", like)
        .query(
            (rs, n) -> new OrgUnitRow(map(rs, n), rs.getString("parent_name"), rs.getInt("depth")))
        .list();
  }

  long insert(OrgUnitDraft d, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into org_unit (parent_id, kind, code, name, country_code, address, city,"
                + " hotline, email, opening_hours, languages, active, created_by, updated_by)"
                + " values (:parent, :kind, :code, :name, :country, :address, :city, :hotline,"
                + " :email, :hours, :languages, :active, :actor, :actor)")
        .param("parent", d.parentId())
        .param("kind", d.kind().name())
        .param("code", d.code())
        .param("name", d.name())
        .param("country", d.countryCode())
        .param("address", d.address())
        .param("city", d.city())
        .param("hotline", d.hotline())
        .param("email", d.email())
        .param("hours", d.openingHours())
        .param("languages", d.languages().toArray(String[]::new))
        .param("active", d.active())
        .param("actor", actor)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  void update(long id, int version, OrgUnitDraft d, String actor) {
    int changed =
        jdbc.sql(
                "update org_unit set code = :code, name = :name, address = :address,"
                    + " city = :city, hotline = :hotline, email = :email, opening_hours = :hours,"
                    + " languages = :languages, active = :active, version = version + 1,"
                    + " updated_at = now(), updated_by = :actor"
                    + " where id = :id and version = :version")
            .param("code", d.code())
            .param("name", d.name())
            .param("address", d.address())
            .param("city", d.city())
            .param("hotline", d.hotline())
            .param("email", d.email())
            .param("hours", d.openingHours())
            .param("languages", d.languages().toArray(String[]::new))
            .param("active", d.active())
            .param("actor", actor)
            .param("id", id)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("Org unit " + id + " changed since it was read");
    }
  }

  static OrgUnit map(ResultSet rs, int row) throws SQLException {
    Array languages = rs.getArray("languages");
    return new OrgUnit(
        rs.getLong("id"),
        rs.getObject("parent_id", Long.class),
        OrgUnitKind.valueOf(rs.getString("kind")),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("country_code"),
        rs.getString("address"),
        rs.getString("city"),
        rs.getString("hotline"),
        rs.getString("email"),
        rs.getString("opening_hours"),
        languages == null ? List.of() : Arrays.asList((String[]) languages.getArray()),
        rs.getBoolean("active"),
        rs.getInt("version"));
  }
}
