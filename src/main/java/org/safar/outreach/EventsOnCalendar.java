package org.safar.outreach;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.ScheduledWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Outreach events on the programme calendar, titled by their campaign when they have one. */
@Component
class EventsOnCalendar implements ScheduledWork {

  private final JdbcClient jdbc;
  private final OrgUnits orgUnits;

  EventsOnCalendar(JdbcClient jdbc, OrgUnits orgUnits) {
    this.jdbc = jdbc;
    this.orgUnits = orgUnits;
  }

  @Override
  public String headingKey() {
    return "nav.outreach";
  }

  @Override
  public Set<String> readers() {
    return OutreachRoles.READERS;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Scheduled> between(LocalDate from, LocalDate to) {
    return jdbc.sql(
            "select e.id, e.kind, e.held_on, e.place, c.title as campaign from outreach_event e"
                + " left join outreach_campaign c on c.id = e.campaign_id"
                + " where e.org_unit_id = any(?) and e.held_on between ? and ?"
                + " order by e.held_on, e.id limit 500")
        .params(orgUnits.currentScope().asArray(), Date.valueOf(from), Date.valueOf(to))
        .query(
            (rs, n) ->
                new Scheduled(
                    rs.getDate("held_on").toLocalDate(),
                    null,
                    EventKind.valueOf(rs.getString("kind")).messageKey(),
                    rs.getString("campaign"),
                    rs.getString("place"),
                    "/outreach/events/" + rs.getLong("id")))
        .list();
  }
}
