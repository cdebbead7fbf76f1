package org.safar.training;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.safar.portfolio.ScheduledWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Trainings on the programme calendar. */
@Component
class TrainingsOnCalendar implements ScheduledWork {

  private final JdbcClient jdbc;
  private final TrainingAccess access;

  TrainingsOnCalendar(JdbcClient jdbc, TrainingAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  @Override
  public String headingKey() {
    return "nav.trainings";
  }

  @Override
  public Set<String> readers() {
    return TrainingNavigation.READERS;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Scheduled> between(LocalDate from, LocalDate to) {
    return jdbc.sql(
            "select id, kind, title, place, starts_on, ends_on from training"
                + " where org_unit_id = any(?) and starts_on <= ? and ends_on >= ?"
                + " order by starts_on, id limit 500")
        .params(access.scope().asArray(), Date.valueOf(to), Date.valueOf(from))
        .query(
            (rs, n) ->
                new Scheduled(
                    rs.getDate("starts_on").toLocalDate(),
                    rs.getDate("ends_on").toLocalDate(),
                    TrainingKind.valueOf(rs.getString("kind")).messageKey(),
                    rs.getString("title"),
                    rs.getString("place"),
                    "/trainings/" + rs.getLong("id")))
        .list();
  }
}
