package org.safar.results;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The donor_report table. */
@Repository
class DonorReportRepository {

  private static final String COLUMNS =
      "id, framework_id, period_start, period_end, summary, achievements, challenges, next_steps,"
          + " version, updated_by, updated_at";

  private final JdbcClient jdbc;

  DonorReportRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<DonorReport> find(long id) {
    return jdbc.sql("select " + COLUMNS + " from donor_report where id = ?")
        .param(id)
        .query(DonorReportRepository::row)
        .optional();
  }

  List<DonorReport> ofFramework(long frameworkId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from donor_report where framework_id = ? order by period_end desc, id desc")
        .param(frameworkId)
        .query(DonorReportRepository::row)
        .list();
  }

  long insert(long frameworkId, DonorReport r, String actor) {
    return jdbc.sql(
            "insert into donor_report (framework_id, period_start, period_end, summary,"
                + " achievements, challenges, next_steps, created_by, updated_by)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
        .params(
            frameworkId,
            r.periodStart(),
            r.periodEnd(),
            r.summary(),
            r.achievements(),
            r.challenges(),
            r.nextSteps(),
            actor,
            actor)
        .query(Long.class)
        .single();
  }

  boolean update(long id, int version, DonorReport r, String actor) {
    return jdbc.sql(
                "update donor_report set period_start = ?, period_end = ?, summary = ?,"
                    + " achievements = ?, challenges = ?, next_steps = ?, version = version + 1,"
                    + " updated_by = ?, updated_at = now() where id = ? and version = ?")
            .params(
                r.periodStart(),
                r.periodEnd(),
                r.summary(),
                r.achievements(),
                r.challenges(),
                r.nextSteps(),
                actor,
                id,
                version)
            .update()
        == 1;
  }

  private static DonorReport row(ResultSet rs, int n) throws SQLException {
    return new DonorReport(
        rs.getLong("id"),
        rs.getLong("framework_id"),
        rs.getObject("period_start", java.time.LocalDate.class),
        rs.getObject("period_end", java.time.LocalDate.class),
        rs.getString("summary"),
        rs.getString("achievements"),
        rs.getString("challenges"),
        rs.getString("next_steps"),
        rs.getInt("version"),
        rs.getString("updated_by"),
        rs.getTimestamp("updated_at").toInstant());
  }
}
