package org.safar.counselling;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.safar.shell.ResultPage;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** SQL for clients. */
@Repository
class ClientRepository {

  static final String SELECT =
      "select c.id, c.mrc_id, c.full_name, c.pseudonym, c.sex, c.birth_year, c.age_band, c.phone,"
          + " c.district, c.migrant_status, c.destination_country, c.languages, c.consent_store,"
          + " c.consent_contact, c.consent_given_on, c.consent_method, c.version, c.created_at,"
          + " c.created_by, c.updated_at, c.updated_by, c.merged_into,"
          + ProtectedReads.COLUMNS
          + " from client c"
          + ProtectedReads.JOIN;

  private final JdbcClient jdbc;
  private final ProtectedReads protectedReads;

  ClientRepository(JdbcClient jdbc, ProtectedReads protectedReads) {
    this.jdbc = jdbc;
    this.protectedReads = protectedReads;
  }

  /**
   * What erasing does to a client row. The birth year goes, but the age band it gives stays (set
   * from the old value, as SET reads the row before the update), so counts by age stay right.
   */
  private static final String ERASE =
      "update client set full_name = null, pseudonym = 'Erased ' || id, phone = null,"
          + " phone_digits = null, district = null, birth_year = null,"
          + " age_band = coalesce(age_band, case"
          + "   when birth_year is null then null"
          + "   when extract(year from current_date) - birth_year < 18 then 'UNDER_18'"
          + "   when extract(year from current_date) - birth_year < 25 then 'AGE_18_24'"
          + "   when extract(year from current_date) - birth_year < 35 then 'AGE_25_34'"
          + "   when extract(year from current_date) - birth_year < 50 then 'AGE_35_49'"
          + "   else 'AGE_50_PLUS' end)";

  /**
   * Removes what identifies the client, on the record and on everything recorded about them, and on
   * duplicates merged into it. Counts stay: the rows remain, only the identifying text goes.
   */
  void erase(long id, int version, String actor) {
    int changed =
        jdbc.sql(
                ERASE
                    + ", erased_at = now(), erased_by = ?, version = version + 1,"
                    + " updated_at = now(), updated_by = ? where id = ? and version = ?")
            .params(actor, actor, id, version)
            .update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("Client " + id + " changed meanwhile");
    }
    eraseRecordedAbout(id, actor);
  }

  /** Erases a client whatever its version, when a retention period ends. */
  void eraseBySystem(long id) {
    jdbc.sql(
            ERASE
                + ", erased_at = now(), erased_by = 'system', version = version + 1,"
                + " updated_at = now(), updated_by = 'system' where id = ?")
        .param(id)
        .update();
    eraseRecordedAbout(id, "system");
  }

  private void eraseRecordedAbout(long id, String actor) {
    jdbc.sql(ERASE + ", erased_at = now(), erased_by = ? where merged_into = ?")
        .params(actor, id)
        .update();
    Long[] all =
        jdbc.sql("select id from client where id = ? or merged_into = ?")
            .params(id, id)
            .query(Long.class)
            .list()
            .toArray(Long[]::new);
    jdbc.sql(
            "update counselling_session set notes = null, materials = null, next_step = null"
                + " where client_id = any(?)")
        .param(all)
        .update();
    jdbc.sql(
            "update inquiry set contact_name = null, contact_phone = null, contact_email = null,"
                + " question = '[erased]' where client_id = any(?)")
        .param(all)
        .update();
    jdbc.sql("update follow_up set outcome = null where client_id = any(?)").param(all).update();
  }

  java.util.Map<Long, String> displayNames(Long[] scope, Long[] ids) {
    java.util.Map<Long, String> names = new java.util.HashMap<>();
    jdbc.sql(
            "select c.id, coalesce(c.full_name, c.pseudonym) as name,"
                + ProtectedReads.COLUMNS
                + " from client c"
                + ProtectedReads.JOIN
                + " where c.id = any(?) and c.mrc_id = any(?)")
        .params(ids, scope)
        .query(
            rs -> {
              long id = rs.getLong("id");
              // a protected client the reader is not on is listed without a name
              names.put(id, protectedReads.hidden(rs, id) ? null : rs.getString("name"));
            });
    return names;
  }

  Optional<Client> findById(long id) {
    return jdbc.sql(SELECT + " where c.id = ?").param(id).query(this::map).optional();
  }

  /** Clients in scope with the same phone digits, or a similar name and the same birth year. */
  List<Client> likelyDuplicates(Long[] scope, String phoneDigits, String name, Integer birthYear) {
    return jdbc.sql(
            SELECT
                + " where c.mrc_id = any(:scope) and c.merged_into is null"
                + ProtectedReads.FINDABLE
                + " and ((cast(:phone as text) is not null"
                + "   and c.phone_digits = :phone)"
                + " or (cast(:name as text) is not null and c.birth_year = :year"
                + "   and similarity(lower(coalesce(c.full_name, c.pseudonym)), lower(:name)) >= 0.4))"
                + " order by c.id limit 5")
        .param("scope", scope)
        .param("phone", phoneDigits)
        .param("name", name)
        .param("year", birthYear)
        .param("viewer", ProtectedReads.viewer())
        .query(this::map)
        .list();
  }

  List<Client> search(Long[] scope, ClientFilter f, int limit, long offset) {
    String order =
        switch (f.sort()) {
          case NAME -> " order by " + NAME + ", c.id";
          case OLDEST -> " order by c.id";
          case NEWEST -> " order by c.id desc";
        };
    return bind(jdbc.sql(SELECT + where(f) + order + " limit :limit offset :offset"), scope, f)
        .param("limit", limit)
        .param("offset", offset)
        .query(this::map)
        .list();
  }

  long count(Long[] scope, ClientFilter f) {
    return bind(
            jdbc.sql(
                "select count(*) from (select 1 from client c"
                    + ProtectedReads.JOIN
                    + where(f)
                    + " limit "
                    + (ResultPage.COUNT_CAP + 1)
                    + ") t"),
            scope,
            f)
        .query(Long.class)
        .single();
  }

  /** The name a list sorts by; an index (V1_560) has it in this order. */
  static final String NAME = "lower(coalesce(c.full_name, c.pseudonym))";

  /** The conditions of the filters that are set, and only those (see the session list). */
  static String where(ClientFilter f) {
    StringBuilder sql =
        new StringBuilder(" where c.mrc_id = any(:scope) and c.merged_into is null");
    if (f.like() != null) {
      sql.append(" and ").append(Clients.SEARCH_TEXT).append(" like :q");
    }
    if (f.like() != null || f.sort() == SortOrder.NAME) {
      // a hit, or a place in alphabetical order, would say who a confidential record is
      sql.append(ProtectedReads.FINDABLE);
    }
    if (f.status() != null) {
      sql.append(" and c.migrant_status = :status");
    }
    if (f.mrcId() != null) {
      sql.append(" and c.mrc_id = :mrc");
    }
    return sql.toString();
  }

  static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Long[] scope, ClientFilter f) {
    return sql.param("scope", scope)
        .param("q", f.like())
        .param("status", f.status() == null ? null : f.status().name())
        .param("mrc", f.mrcId())
        .param("viewer", ProtectedReads.viewer());
  }

  /**
   * Moves everything recorded for the duplicate onto the kept client, fills the kept record's empty
   * fields from the duplicate, and leaves the duplicate as a tombstone. Fails if the duplicate
   * changed since it was read.
   */
  void merge(long duplicate, int duplicateVersion, long kept, String actor) {
    int marked =
        jdbc.sql(
                "update client set merged_into = ?, merged_at = now(), merged_by = ?,"
                    + " version = version + 1, updated_at = now(), updated_by = ?"
                    + " where id = ? and version = ? and merged_into is null")
            .params(kept, actor, actor, duplicate, duplicateVersion)
            .update();
    if (marked == 0) {
      throw new OptimisticLockingFailureException("Client " + duplicate + " changed or was merged");
    }
    for (String table :
        new String[] {"counselling_session", "follow_up", "intention_record", "inquiry"}) {
      jdbc.sql("update " + table + " set client_id = ? where client_id = ?")
          .params(kept, duplicate)
          .update();
    }
    jdbc.sql(
            "insert into group_attendee (group_session_id, client_id) select group_session_id, ?"
                + " from group_attendee where client_id = ? on conflict do nothing")
        .params(kept, duplicate)
        .update();
    jdbc.sql("delete from group_attendee where client_id = ?").param(duplicate).update();
    jdbc.sql(
            "update client k set full_name = coalesce(k.full_name, d.full_name),"
                + " pseudonym = coalesce(k.pseudonym, d.pseudonym),"
                + " birth_year = coalesce(k.birth_year, d.birth_year),"
                + " age_band = case when coalesce(k.birth_year, d.birth_year) is null"
                + "   then coalesce(k.age_band, d.age_band) end,"
                + " phone = coalesce(k.phone, d.phone), phone_digits = coalesce(k.phone_digits, d.phone_digits),"
                + " district = coalesce(k.district, d.district),"
                + " destination_country = coalesce(k.destination_country, d.destination_country),"
                + " version = k.version + 1, updated_at = now(), updated_by = ?"
                + " from client d where k.id = ? and d.id = ?")
        .params(actor, kept, duplicate)
        .update();
  }

  long insert(ClientDraft d, String actor) {
    var keys = new GeneratedKeyHolder();
    bind(
            jdbc.sql(
                "insert into client (mrc_id, full_name, pseudonym, sex, birth_year, age_band, phone,"
                    + " phone_digits, district, migrant_status, destination_country, languages,"
                    + " consent_store, consent_contact, consent_given_on, consent_method, created_by,"
                    + " updated_by) values (:mrc, :fullName, :pseudonym, :sex, :birthYear, :ageBand,"
                    + " :phone, :digits, :district, :status, :destination, :languages, :store,"
                    + " :contact, :consentOn, :method, :actor, :actor)"),
            d,
            actor)
        .update(keys, "id");
    return keys.getKeyAs(Long.class);
  }

  void update(long id, int version, ClientDraft d, String actor) {
    int changed =
        bind(
                jdbc.sql(
                    "update client set full_name = :fullName, pseudonym = :pseudonym, sex = :sex,"
                        + " birth_year = :birthYear, age_band = :ageBand, phone = :phone,"
                        + " phone_digits = :digits, district = :district, migrant_status = :status,"
                        + " destination_country = :destination, languages = :languages,"
                        + " consent_store = :store, consent_contact = :contact,"
                        + " consent_given_on = :consentOn, consent_method = :method,"
                        + " version = version + 1, updated_at = now(), updated_by = :actor"
                        + " where id = :id and version = :version and mrc_id = :mrc"),
                d,
                actor)
            .param("id", id)
            .param("version", version)
            .update();
    if (changed == 0) {
      throw new OptimisticLockingFailureException("Client " + id + " changed since it was read");
    }
  }

  private static JdbcClient.StatementSpec bind(
      JdbcClient.StatementSpec sql, ClientDraft d, String actor) {
    return sql.param("mrc", d.mrcId())
        .param("fullName", d.fullName())
        .param("pseudonym", d.pseudonym())
        .param("sex", d.sex().name())
        .param("birthYear", d.birthYear())
        .param("ageBand", d.ageBand() == null ? null : d.ageBand().name())
        .param("phone", d.phone())
        .param("digits", Clients.phoneDigits(d.phone()))
        .param("district", d.district())
        .param("status", d.migrantStatus().name())
        .param("destination", d.destinationCountry())
        .param("languages", d.languages().toArray(String[]::new))
        .param("store", d.consentStore())
        .param("contact", d.consentContact())
        .param("consentOn", d.consentGivenOn() == null ? null : Date.valueOf(d.consentGivenOn()))
        .param("method", d.consentMethod() == null ? null : d.consentMethod().name())
        .param("actor", actor);
  }

  Client map(ResultSet rs, int row) throws SQLException {
    Array languages = rs.getArray("languages");
    Date consentOn = rs.getDate("consent_given_on");
    String ageBand = rs.getString("age_band");
    String method = rs.getString("consent_method");
    long id = rs.getLong("id");
    boolean protectedCase = rs.getObject("pc_client") != null;
    boolean hidden = protectedReads.hidden(rs, id);
    Client client =
        new Client(
            rs.getLong("id"),
            rs.getLong("mrc_id"),
            rs.getString("full_name"),
            rs.getString("pseudonym"),
            Sex.valueOf(rs.getString("sex")),
            rs.getObject("birth_year", Integer.class),
            ageBand == null ? null : AgeBand.valueOf(ageBand),
            rs.getString("phone"),
            rs.getString("district"),
            MigrantStatus.valueOf(rs.getString("migrant_status")),
            rs.getString("destination_country"),
            languages == null ? List.of() : Arrays.asList((String[]) languages.getArray()),
            rs.getBoolean("consent_store"),
            rs.getBoolean("consent_contact"),
            consentOn == null ? null : consentOn.toLocalDate(),
            method == null ? null : ConsentMethod.valueOf(method),
            rs.getInt("version"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getString("created_by"),
            rs.getTimestamp("updated_at").toInstant(),
            rs.getString("updated_by"),
            rs.getObject("merged_into", Long.class),
            protectedCase,
            false);
    return hidden ? client.masked() : client;
  }
}
