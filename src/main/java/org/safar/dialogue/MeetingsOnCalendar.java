package org.safar.dialogue;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.ScheduledWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Dialogue meetings on the programme calendar. */
@Component
class MeetingsOnCalendar implements ScheduledWork {

  private final JdbcClient jdbc;
  private final OrgUnits orgUnits;

  MeetingsOnCalendar(JdbcClient jdbc, OrgUnits orgUnits) {
    this.jdbc = jdbc;
    this.orgUnits = orgUnits;
  }

  @Override
  public String headingKey() {
    return "nav.dialogue";
  }

  @Override
  public Set<String> readers() {
    return DialogueRoles.READERS;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Scheduled> between(LocalDate from, LocalDate to) {
    return jdbc.sql(
            "select id, kind, title, held_on, place from dialogue_meeting"
                + " where org_unit_id = any(?) and held_on between ? and ?"
                + " order by held_on, id limit 500")
        .params(orgUnits.currentScope().asArray(), Date.valueOf(from), Date.valueOf(to))
        .query(
            (rs, n) ->
                new Scheduled(
                    rs.getDate("held_on").toLocalDate(),
                    null,
                    MeetingKind.valueOf(rs.getString("kind")).messageKey(),
                    rs.getString("title"),
                    rs.getString("place"),
                    "/dialogue/meetings/" + rs.getLong("id")))
        .list();
  }
}
