package org.safar.portal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** MRC org units joined with their portal profile, for the staff pages. */
@Repository
class MrcProfileRepository {

  /** What a visitor would miss, as SQL over {@code u} (org unit) and {@code p} (profile). */
  static final String COMPLETE =
      "(u.address is not null and u.opening_hours is not null and u.hotline is not null"
          + " and cardinality(u.languages) > 0 and p.latitude is not null"
          + " and p.longitude is not null and p.directions is not null)";

  private static final String SELECT =
      "select u.id, u.code, u.name, u.country_code, u.active, u.version as unit_version,"
          + " u.address, u.city, u.hotline, u.email, u.opening_hours, u.languages,"
          + " p.latitude, p.longitude, p.directions, p.map_link, coalesce(p.listed, true) as listed,"
          + " coalesce(p.version, 0) as profile_version, p.updated_at, p.updated_by"
          + " from org_unit u left join mrc_public_profile p on p.org_unit_id = u.id";

  private final JdbcClient jdbc;

  MrcProfileRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<MrcProfileSheet> find(long id) {
    return jdbc.sql(SELECT + " where u.id = ? and u.kind = 'MRC'")
        .param(id)
        .query(MrcProfileRepository::map)
        .optional();
  }

  List<MrcProfileSheet> search(
      Long[] scope, String like, Boolean complete, int limit, long offset) {
    Where w = where(scope, like, complete);
    return jdbc.sql(
            SELECT + w.sql() + " order by u.country_code, u.name, u.id limit :limit offset :offset")
        .params(w.params())
        .param("limit", limit)
        .param("offset", offset)
        .query(MrcProfileRepository::map)
        .list();
  }

  long count(Long[] scope, String like, Boolean complete) {
    Where w = where(scope, like, complete);
    return jdbc.sql(
            "select count(*) from org_unit u left join mrc_public_profile p"
                + " on p.org_unit_id = u.id"
                + w.sql())
        .params(w.params())
        .query(Long.class)
        .single();
  }

  private record Where(String sql, Map<String, Object> params) {}

  private static Where where(Long[] scope, String like, Boolean complete) {
    StringBuilder sql = new StringBuilder(" where u.kind = 'MRC' and u.id = any(:scope)");
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("scope", scope);
    if (like != null) {
      sql.append(
          " and (lower(u.name) like :like or lower(u.code) like :like"
              + " or lower(coalesce(u.city, '')) like :like)");
      params.put("like", like);
    }
    if (complete != null) {
      sql.append(complete ? " and " : " and not ").append(COMPLETE);
    }
    return new Where(sql.toString(), params);
  }

  /**
   * Saves the portal's part of the profile if nobody saved it since {@code version} was read; false
   * when someone did (nothing is saved then). A new row starts at version 1, so a second form read
   * while there was none (version 0) cannot overwrite the first save.
   */
  boolean save(long id, int version, MrcProfileDraft d, String actor) {
    return jdbc.sql(
                "insert into mrc_public_profile (org_unit_id, latitude, longitude, directions,"
                    + " map_link, listed, version, updated_by) values (:id, :lat, :lon,"
                    + " :directions, :mapLink, :listed, 1, :actor) on conflict (org_unit_id) do update set"
                    + " latitude = excluded.latitude, longitude = excluded.longitude,"
                    + " directions = excluded.directions, map_link = excluded.map_link,"
                    + " listed = excluded.listed, version = mrc_public_profile.version + 1,"
                    + " updated_at = now(), updated_by = excluded.updated_by"
                    + " where mrc_public_profile.version = :version")
            .param("id", id)
            .param("lat", d.latitude())
            .param("lon", d.longitude())
            .param("directions", d.directions())
            .param("mapLink", d.mapLink())
            .param("listed", d.listed())
            .param("actor", actor)
            .param("version", version)
            .update()
        == 1;
  }

  private static MrcProfileSheet map(ResultSet rs, int n) throws SQLException {
    Array languages = rs.getArray("languages");
    Timestamp updatedAt = rs.getTimestamp("updated_at");
    return new MrcProfileSheet(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("name"),
        rs.getString("country_code"),
        rs.getBoolean("active"),
        rs.getInt("unit_version"),
        rs.getString("address"),
        rs.getString("city"),
        rs.getString("hotline"),
        rs.getString("email"),
        rs.getString("opening_hours"),
        languages == null ? List.of() : List.of((String[]) languages.getArray()),
        rs.getBigDecimal("latitude"),
        rs.getBigDecimal("longitude"),
        rs.getString("directions"),
        rs.getString("map_link"),
        rs.getBoolean("listed"),
        rs.getInt("profile_version"),
        updatedAt == null ? null : updatedAt.toInstant(),
        rs.getString("updated_by"));
  }
}
