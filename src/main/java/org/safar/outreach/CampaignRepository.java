package org.safar.outreach;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for campaigns. */
@Repository
class CampaignRepository {

  static final String FROM =
      " from outreach_campaign c join programme p on p.id = c.project_id"
          + " join org_unit u on u.id = c.org_unit_id";

  /** Persons and reach of a campaign's events: two sums, never one. */
  static final String TOTALS =
      " (select count(*) from outreach_event e where e.campaign_id = c.id) as events,"
          + " coalesce((select sum(a.people) from outreach_event e join outreach_attendance a"
          + " on a.event_id = e.id where e.campaign_id = c.id), 0) as people,"
          + " coalesce((select sum(e.reach) from outreach_event e where e.campaign_id = c.id), 0)"
          + " as reach";

  private final JdbcClient jdbc;

  CampaignRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(CampaignDraft d, String actor) {
    var keys = new GeneratedKeyHolder();
    jdbc.sql(
            "insert into outreach_campaign (project_id, org_unit_id, title, objective, audiences,"
                + " channels, starts_on, ends_on, materials, created_by, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            d.projectId(),
            d.orgUnitId(),
            d.title(),
            d.objective(),
            names(d.audiences()),
            names(d.channels()),
            Date.valueOf(d.startsOn()),
            d.endsOn() == null ? null : Date.valueOf(d.endsOn()),
            d.materials(),
            actor,
            actor)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  void update(long id, int version, CampaignDraft d, String actor) {
    int changed =
        jdbc.sql(
                "update outreach_campaign set project_id = ?, org_unit_id = ?, title = ?,"
                    + " objective = ?, audiences = ?, channels = ?, starts_on = ?, ends_on = ?,"
                    + " materials = ?, version = version + 1, updated_at = now(), updated_by = ?"
                    + " where id = ? and version = ?")
            .params(
                d.projectId(),
                d.orgUnitId(),
                d.title(),
                d.objective(),
                names(d.audiences()),
                names(d.channels()),
                Date.valueOf(d.startsOn()),
                d.endsOn() == null ? null : Date.valueOf(d.endsOn()),
                d.materials(),
                actor,
                id,
                version)
            .update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("Campaign " + id + " changed meanwhile");
    }
    // the campaign's events follow it to its project and unit
    jdbc.sql(
            "update outreach_event set project_id = ?, org_unit_id = ?, version = version + 1,"
                + " updated_at = now(), updated_by = ? where campaign_id = ?"
                + " and (project_id <> ? or org_unit_id <> ?)")
        .params(d.projectId(), d.orgUnitId(), actor, id, d.projectId(), d.orgUnitId())
        .update();
  }

  boolean delete(long id, int version) {
    return jdbc.sql("delete from outreach_campaign where id = ? and version = ?")
            .params(id, version)
            .update()
        == 1;
  }

  long events(long id) {
    return jdbc.sql("select count(*) from outreach_event where campaign_id = ?")
        .param(id)
        .query(Long.class)
        .single();
  }

  Optional<Campaign> findById(long id) {
    return jdbc.sql(
            "select c.*, p.title as project_title, u.name as unit_name" + FROM + " where c.id = ?")
        .param(id)
        .query(CampaignRepository::map)
        .optional();
  }

  /** Campaigns of these units, for the event form's picker, newest first. */
  List<Campaign> ofUnits(Long[] scope) {
    return jdbc.sql(
            "select c.*, p.title as project_title, u.name as unit_name"
                + FROM
                + " where c.org_unit_id = any(?) order by c.starts_on desc, c.id desc limit 200")
        .param(scope)
        .query(CampaignRepository::map)
        .list();
  }

  List<CampaignRow> search(Sql where, int limit, long offset) {
    return where
        .bind(
            jdbc.sql(
                "select c.id, c.title, p.title as project_title, u.name as unit_name, c.starts_on,"
                    + " c.ends_on,"
                    + TOTALS
                    + FROM
                    + where.where()
                    + " order by c.starts_on desc, c.id desc limit :limit offset :offset"))
        .param("limit", limit)
        .param("offset", offset)
        .query(
            (rs, n) ->
                new CampaignRow(
                    rs.getLong("id"),
                    rs.getString("title"),
                    rs.getString("project_title"),
                    rs.getString("unit_name"),
                    rs.getDate("starts_on").toLocalDate(),
                    date(rs, "ends_on"),
                    rs.getLong("events"),
                    rs.getLong("people"),
                    rs.getLong("reach")))
        .list();
  }

  long count(Sql where) {
    return where
        .bind(jdbc.sql("select count(*) from outreach_campaign c" + where.where()))
        .query(Long.class)
        .single();
  }

  private static Campaign map(ResultSet rs, int row) throws SQLException {
    return new Campaign(
        rs.getLong("id"),
        rs.getLong("project_id"),
        rs.getString("project_title"),
        rs.getLong("org_unit_id"),
        rs.getString("unit_name"),
        rs.getString("title"),
        rs.getString("objective"),
        terms(rs.getArray("audiences"), Audience.class, Audience::valueOf),
        terms(rs.getArray("channels"), CampaignChannel.class, CampaignChannel::valueOf),
        rs.getDate("starts_on").toLocalDate(),
        date(rs, "ends_on"),
        rs.getString("materials"),
        rs.getInt("version"));
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  private static <E extends Enum<E>> Set<E> terms(
      Array array, Class<E> type, Function<String, E> parse) throws SQLException {
    Set<E> set = EnumSet.noneOf(type);
    if (array != null) {
      Arrays.stream((String[]) array.getArray()).map(parse).forEach(set::add);
    }
    return set;
  }

  private static String[] names(Set<? extends Enum<?>> terms) {
    return terms.stream().map(Enum::name).sorted().toArray(String[]::new);
  }
}
