package org.safar.agencies;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.safar.shell.ResultPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the agency registry and its status history. */
@Repository
class AgencyRepository {

  private static final String SELECT =
      "select a.id, a.country_code, a.licence_number, a.name, a.address, a.status, a.valid_from,"
          + " a.valid_until, a.version, l.source as list_source, l.list_date"
          + " from agency a left join agency_list l on l.id = a.list_id";

  private final JdbcClient jdbc;

  AgencyRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Agency> findById(long id) {
    return jdbc.sql(SELECT + " where a.id = ?").param(id).query(this::map).optional();
  }

  /** Staff list: only the filters that are set become SQL, so each can use its index. */
  List<Agency> search(AgencyFilter f, int limit, long offset) {
    Where w = where(f);
    return w.bind(
            jdbc.sql(
                SELECT
                    + w.sql
                    + " order by a.country_code, a.name_key, a.id limit :limit offset :offset"))
        .param("limit", limit)
        .param("offset", offset)
        .query(this::map)
        .list();
  }

  long count(AgencyFilter f) {
    Where w = where(f);
    return w.bind(
            jdbc.sql(
                "select count(*) from (select 1 from agency a"
                    + w.sql
                    + " limit "
                    + (ResultPage.COUNT_CAP + 1)
                    + ") t"))
        .query(Long.class)
        .single();
  }

  private record Where(String sql, Map<String, Object> params) {
    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
      params.forEach(spec::param);
      return spec;
    }
  }

  private static Where where(AgencyFilter f) {
    List<String> parts = new ArrayList<>();
    Map<String, Object> params = new LinkedHashMap<>();
    if (f.countryCode() != null) {
      parts.add("a.country_code = :country");
      params.put("country", f.countryCode());
    }
    if (f.status() != null) {
      parts.add("a.status = :status");
      params.put("status", f.status().name());
    }
    String name = Keys.name(f.text());
    if (!name.isEmpty()) {
      parts.add("(a.name_key like :name escape '\\' or a.licence_key = :licence)");
      params.put("name", ResultPage.containing(name));
      params.put("licence", Keys.licence(f.text()));
    }
    return new Where(parts.isEmpty() ? "" : " where " + String.join(" and ", parts), params);
  }

  /**
   * The portal's search: a licence number exactly (however it is spaced or dashed), or a name that
   * contains the words or is like them (trigram similarity, for a misspelt name), best first.
   */
  List<Agency> publicSearch(String text, String country, int limit, long offset) {
    return publicWhere(
            jdbc.sql(
                SELECT
                    + publicWhere(country)
                    + " order by (a.licence_key = :licence) desc,"
                    + " similarity(a.name_key, :key) desc, a.name_key, a.id"
                    + " limit :limit offset :offset"),
            text,
            country)
        .param("limit", limit)
        .param("offset", offset)
        .query(this::map)
        .list();
  }

  long publicCount(String text, String country) {
    return publicWhere(
            jdbc.sql(
                "select count(*) from (select 1 from agency a"
                    + publicWhere(country)
                    + " limit "
                    + (ResultPage.COUNT_CAP + 1)
                    + ") t"),
            text,
            country)
        .query(Long.class)
        .single();
  }

  /** The country condition only when a country is chosen, so the plan never carries it idle. */
  private static String publicWhere(String country) {
    return " where (a.licence_key = :licence or a.name_key like :like escape '\\'"
        + " or a.name_key % :key)"
        + (country == null ? "" : " and a.country_code = :country");
  }

  private static JdbcClient.StatementSpec publicWhere(
      JdbcClient.StatementSpec spec, String text, String country) {
    String key = Keys.name(text);
    String licence = Keys.licence(text);
    spec.param("licence", licence.isEmpty() ? "\u0000" : licence)
        .param("like", ResultPage.containing(key))
        .param("key", key);
    return country == null ? spec : spec.param("country", country);
  }

  /** Every agency a country's registry holds, listed or not, by licence key. */
  Map<String, Agency> byCountry(String country) {
    Map<String, Agency> all = new LinkedHashMap<>();
    jdbc.sql(SELECT + " where a.country_code = ? order by a.name_key, a.id")
        .param(country)
        .query(this::map)
        .list()
        .forEach(a -> all.put(Keys.licence(a.licenceNumber()), a));
    return all;
  }

  List<StatusChange> history(long agencyId) {
    return jdbc.sql(
            "select c.status, c.previous_status, c.effective_on, c.recorded_at, c.recorded_by,"
                + " l.source from agency_status_change c left join agency_list l"
                + " on l.id = c.list_id where c.agency_id = ? order by c.id")
        .param(agencyId)
        .query(
            (rs, n) ->
                new StatusChange(
                    AgencyStatus.valueOf(rs.getString("status")),
                    rs.getString("previous_status") == null
                        ? null
                        : AgencyStatus.valueOf(rs.getString("previous_status")),
                    rs.getDate("effective_on").toLocalDate(),
                    rs.getString("source"),
                    rs.getTimestamp("recorded_at").toInstant(),
                    rs.getString("recorded_by")))
        .list();
  }

  /** The latest list of each country: country code, source, date. */
  List<Object[]> latestLists() {
    return jdbc.sql(
            "select distinct on (country_code) country_code, source, list_date, imported_at"
                + " from agency_list order by country_code, list_date desc, id desc")
        .query(
            (rs, n) ->
                new Object[] {
                  rs.getString(1),
                  rs.getString(2),
                  rs.getDate(3).toLocalDate(),
                  rs.getTimestamp(4).toInstant()
                })
        .list();
  }

  long insertList(
      String country,
      String source,
      LocalDate listDate,
      String fileName,
      int added,
      int changed,
      int removed,
      String actor) {
    return jdbc.sql(
            "insert into agency_list (country_code, source, list_date, file_name, added, changed,"
                + " removed, imported_by) values (?, ?, ?, ?, ?, ?, ?, ?) returning id")
        .params(country, source, Date.valueOf(listDate), fileName, added, changed, removed, actor)
        .query(Long.class)
        .single();
  }

  long insert(String country, ListedAgency a, long listId) {
    return jdbc.sql(
            "insert into agency (country_code, licence_number, licence_key, name, name_key,"
                + " address, status, valid_from, valid_until, list_id)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
        .params(
            country,
            a.licenceNumber(),
            Keys.licence(a.licenceNumber()),
            a.name(),
            Keys.name(a.name()),
            a.address(),
            a.status().name(),
            date(a.validFrom()),
            date(a.validUntil()),
            listId)
        .query(Long.class)
        .single();
  }

  void update(long id, ListedAgency a, long listId) {
    jdbc.sql(
            "update agency set licence_number = ?, name = ?, name_key = ?, address = ?,"
                + " status = ?, valid_from = ?, valid_until = ?, list_id = ?,"
                + " version = version + 1, updated_at = now() where id = ?")
        .params(
            a.licenceNumber(),
            a.name(),
            Keys.name(a.name()),
            a.address(),
            a.status().name(),
            date(a.validFrom()),
            date(a.validUntil()),
            listId,
            id)
        .update();
  }

  void unlist(long id, long listId) {
    jdbc.sql(
            "update agency set status = 'NOT_LISTED', list_id = ?, version = version + 1,"
                + " updated_at = now() where id = ?")
        .params(listId, id)
        .update();
  }

  /** The rows a list repeats unchanged now stand on that list. */
  void confirmListed(List<Long> ids, long listId) {
    if (!ids.isEmpty()) {
      jdbc.sql("update agency set list_id = ? where id = any(?)")
          .params(listId, ids.toArray(Long[]::new))
          .update();
    }
  }

  void recordStatus(
      long agencyId,
      AgencyStatus status,
      AgencyStatus previous,
      LocalDate on,
      long listId,
      String actor) {
    jdbc.sql(
            "insert into agency_status_change (agency_id, status, previous_status, effective_on,"
                + " list_id, recorded_by) values (?, ?, ?, ?, ?, ?)")
        .params(
            agencyId,
            status.name(),
            previous == null ? null : previous.name(),
            Date.valueOf(on),
            listId,
            actor)
        .update();
  }

  private static Date date(LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }

  private Agency map(ResultSet rs, int n) throws SQLException {
    Date from = rs.getDate("valid_from");
    Date until = rs.getDate("valid_until");
    Date listDate = rs.getDate("list_date");
    return new Agency(
        rs.getLong("id"),
        rs.getString("country_code"),
        rs.getString("licence_number"),
        rs.getString("name"),
        rs.getString("address"),
        AgencyStatus.valueOf(rs.getString("status")),
        from == null ? null : from.toLocalDate(),
        until == null ? null : until.toLocalDate(),
        rs.getString("list_source"),
        listDate == null ? null : listDate.toLocalDate(),
        rs.getInt("version"));
  }
}
