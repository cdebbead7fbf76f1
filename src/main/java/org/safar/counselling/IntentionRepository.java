package org.safar.counselling;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for stated intentions and how they shift. */
@Repository
class IntentionRepository {

  private final JdbcClient jdbc;

  IntentionRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean hasIntake(long clientId) {
    return jdbc.sql(
            "select exists (select 1 from intention_record where client_id = ? and stage = 'INTAKE')")
        .param(clientId)
        .query(Boolean.class)
        .single();
  }

  void insert(
      long clientId,
      long mrcId,
      String stage,
      Intention intention,
      int likelihood,
      LocalDate on,
      Long sessionId,
      Long followUpId,
      String actor) {
    jdbc.sql(
            "insert into intention_record (client_id, mrc_id, stage, intention, likelihood,"
                + " recorded_on, session_id, follow_up_id, created_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            clientId,
            mrcId,
            stage,
            intention.name(),
            likelihood,
            Date.valueOf(on),
            sessionId,
            followUpId,
            actor)
        .update();
  }

  List<IntentionRecord> ofClient(long clientId) {
    return jdbc.sql(
            "select stage, intention, likelihood, recorded_on from intention_record"
                + " where client_id = ? order by recorded_on, id")
        .param(clientId)
        .query(
            (rs, n) ->
                new IntentionRecord(
                    rs.getString("stage"),
                    Intention.valueOf(rs.getString("intention")),
                    rs.getInt("likelihood"),
                    rs.getDate("recorded_on").toLocalDate()))
        .list();
  }

  /**
   * For clients whose intake at one of the MRCs fell in the period: their first intake intention
   * against their latest follow-up intention. Clients not yet followed up are left out, so both
   * shares are of the same people.
   */
  IntentionShift shift(Long[] mrcIds, LocalDate from, LocalDate to) {
    return jdbc.sql(
            "with intake as (select distinct on (client_id) client_id, intention"
                + "   from intention_record where stage = 'INTAKE' and mrc_id = any(:mrcs)"
                + "   and recorded_on between :from and :to order by client_id, recorded_on, id),"
                + " latest as (select distinct on (r.client_id) r.client_id, r.intention"
                + "   from intention_record r join intake i on i.client_id = r.client_id"
                + "   where r.stage = 'FOLLOW_UP' order by r.client_id, r.recorded_on desc, r.id desc)"
                + " select count(*) as clients,"
                + " count(*) filter (where i.intention = 'IRREGULAR') as irregular_before,"
                + " count(*) filter (where l.intention = 'IRREGULAR') as irregular_after,"
                + " count(*) filter (where i.intention = 'REGULAR') as regular_before,"
                + " count(*) filter (where l.intention = 'REGULAR') as regular_after"
                + " from intake i join latest l on l.client_id = i.client_id")
        .param("mrcs", mrcIds)
        .param("from", Date.valueOf(from))
        .param("to", Date.valueOf(to))
        .query(
            (rs, n) ->
                new IntentionShift(
                    rs.getLong("clients"),
                    rs.getLong("irregular_before"),
                    rs.getLong("irregular_after"),
                    rs.getLong("regular_before"),
                    rs.getLong("regular_after")))
        .single();
  }
}
