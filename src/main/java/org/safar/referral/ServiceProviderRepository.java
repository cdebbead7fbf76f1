package org.safar.referral;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safar.shell.ResultPage;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for the service directory. */
@Repository
class ServiceProviderRepository {

  private static final String COLUMNS =
      "select p.id, p.org_unit_id, p.name, p.kind, p.services, p.countries, p.districts,"
          + " p.languages, p.address, p.phone, p.email, p.opening_hours, p.safar_org_unit_id,"
          + " p.active, p.version from service_provider p";

  private final JdbcClient jdbc;

  ServiceProviderRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<ServiceProvider> findById(long id) {
    return jdbc.sql(COLUMNS + " where p.id = ?")
        .param(id)
        .query(ServiceProviderRepository::map)
        .optional();
  }

  java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
    java.util.Map<Long, String> names = new java.util.HashMap<>();
    if (ids.isEmpty()) {
      return names;
    }
    jdbc.sql("select id, name from service_provider where id = any(?)")
        .param(ids.toArray(Long[]::new))
        .query(
            rs -> {
              names.put(rs.getLong("id"), rs.getString("name"));
            });
    return names;
  }

  /** Providers that work in Safar as one of these units. */
  Long[] workingAs(Long[] units) {
    return jdbc.sql("select id from service_provider where safar_org_unit_id = any(?)")
        .param(units)
        .query(Long.class)
        .list()
        .toArray(Long[]::new);
  }

  /** Active providers matching the filter, by name. */
  List<ServiceProvider> search(ProviderFilter f, int limit, long offset) {
    return bind(
            jdbc.sql(
                COLUMNS + where(f) + " order by lower(p.name), p.id limit :limit offset :offset"),
            f)
        .param("limit", limit)
        .param("offset", offset)
        .query(ServiceProviderRepository::map)
        .list();
  }

  long count(ProviderFilter f) {
    return bind(
            jdbc.sql(
                "select count(*) from (select 1 from service_provider p"
                    + where(f)
                    + " limit "
                    + (ResultPage.COUNT_CAP + 1)
                    + ") t"),
            f)
        .query(Long.class)
        .single();
  }

  /** The conditions of the filters that are set, and only those. */
  private static String where(ProviderFilter f) {
    StringBuilder sql = new StringBuilder(" where p.active");
    if (f.like() != null) {
      sql.append(
          " and (lower(p.name) like :q or lower(coalesce(p.address, '')) like :q"
              + " or lower(array_to_string(p.districts, ' ')) like :q)");
    }
    if (f.service() != null) {
      sql.append(" and p.services @> array[cast(:service as text)]");
    }
    if (f.country() != null) {
      sql.append(" and p.countries @> array[cast(:country as text)]");
    }
    if (f.districtLike() != null) {
      sql.append(" and lower(array_to_string(p.districts, ' ')) like :district");
    }
    if (f.language() != null) {
      sql.append(" and p.languages @> array[cast(:language as text)]");
    }
    return sql.toString();
  }

  private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, ProviderFilter f) {
    return sql.param("q", f.like())
        .param("service", f.service() == null ? null : f.service().name())
        .param("country", f.country())
        .param("district", f.districtLike())
        .param("language", f.language());
  }

  long insert(ProviderDraft d, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into service_provider (org_unit_id, name, kind, services, countries, districts,"
                + " languages, address, phone, email, opening_hours, safar_org_unit_id, active,"
                + " created_by, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(values(d, actor, actor))
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  void update(long id, int version, ProviderDraft d, String actor) {
    int changed =
        jdbc.sql(
                "update service_provider set org_unit_id = ?, name = ?, kind = ?, services = ?,"
                    + " countries = ?, districts = ?, languages = ?, address = ?, phone = ?,"
                    + " email = ?, opening_hours = ?, safar_org_unit_id = ?, active = ?,"
                    + " updated_by = ?, version = version + 1, updated_at = now()"
                    + " where id = ? and version = ?")
            .params(values(d, actor, id, version))
            .update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("Provider " + id + " changed meanwhile");
    }
  }

  private static Object[] values(ProviderDraft d, Object... more) {
    Object[] base = {
      d.orgUnitId(),
      d.name(),
      d.kind().name(),
      d.services().stream().sorted().map(ServiceType::name).toArray(String[]::new),
      d.countries().toArray(String[]::new),
      d.districts().toArray(String[]::new),
      d.languages().toArray(String[]::new),
      d.address(),
      d.phone(),
      d.email(),
      d.openingHours(),
      d.safarOrgUnitId(),
      d.active()
    };
    Object[] all = Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  private static ServiceProvider map(ResultSet rs, int row) throws SQLException {
    Set<ServiceType> services = EnumSet.noneOf(ServiceType.class);
    for (String s : strings(rs.getArray("services"))) {
      services.add(ServiceType.valueOf(s));
    }
    return new ServiceProvider(
        rs.getLong("id"),
        rs.getLong("org_unit_id"),
        rs.getString("name"),
        ProviderKind.valueOf(rs.getString("kind")),
        services,
        strings(rs.getArray("countries")),
        strings(rs.getArray("districts")),
        strings(rs.getArray("languages")),
        rs.getString("address"),
        rs.getString("phone"),
        rs.getString("email"),
        rs.getString("opening_hours"),
        rs.getObject("safar_org_unit_id", Long.class),
        rs.getBoolean("active"),
        rs.getInt("version"));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : List.of((String[]) array.getArray());
  }
}
