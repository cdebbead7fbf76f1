package org.safar.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The programme calendar gathers dated work from every module, within the reader's scope and only
 * from the modules their roles may read.
 */
@SafarIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarTests {

  static final String PASSWORD = "safar-demo-2026";
  static final String MONTH = "2031-05";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired OrgUnits orgUnits;

  @BeforeAll
  void recordWorkInMay2031() {
    long project = jdbc.sql("select min(id) from programme").query(Long.class).single();
    long lahore = orgUnits.findByCode("MRC-LAHORE").orElseThrow().id();
    long dhaka = orgUnits.findByCode("MRC-DHAKA").orElseThrow().id();
    jdbc.sql(
            "insert into outreach_event (project_id, org_unit_id, kind, held_on, place,"
                + " created_by, updated_by) values (?, ?, 'SCHOOL_SESSION', '2031-05-12',"
                + " 'Calendar school Lahore', 'test', 'test')")
        .params(project, lahore)
        .update();
    jdbc.sql(
            "insert into outreach_event (project_id, org_unit_id, kind, held_on, place,"
                + " created_by, updated_by) values (?, ?, 'COURTYARD_MEETING', '2031-05-20',"
                + " 'Calendar courtyard Dhaka', 'test', 'test')")
        .params(project, dhaka)
        .update();
    jdbc.sql(
            "insert into dialogue_meeting (project_id, org_unit_id, kind, title, held_on,"
                + " created_by, updated_by) values (?, ?, 'THEMATIC', 'Calendar dialogue',"
                + " '2031-05-03', 'test', 'test')")
        .params(project, orgUnits.network().id())
        .update();
    jdbc.sql(
            "insert into training (org_unit_id, programme_id, kind, title, starts_on, ends_on,"
                + " participation, created_by, updated_by) values (?, ?, 'TRAINING',"
                + " 'Calendar training', '2031-04-28', '2031-05-02', 'COUNTS', 'test', 'test')")
        .params(dhaka, project)
        .update();
  }

  String calendar(String user) {
    return StaffClient.signedIn(port, user, PASSWORD)
        .get("/portfolio/calendar?month=" + MONTH)
        .body();
  }

  @Test
  void aProgrammeManagerSeesEveryModulesWorkInDateOrder() {
    String page = calendar("manager");
    assertThat(page)
        .contains("Calendar training")
        .contains("Calendar dialogue")
        .contains("Calendar school Lahore")
        .contains("Calendar courtyard Dhaka");
    // a training that began in April still runs in May; order is by first day
    assertThat(page.indexOf("Calendar training")).isLessThan(page.indexOf("Calendar dialogue"));
    assertThat(page.indexOf("Calendar dialogue")).isLessThan(page.indexOf("Calendar school"));
  }

  @Test
  void anOutreachOfficerSeesOnlyTheirOwnUnitsEvents() {
    String page = calendar("outreach.lahore");
    assertThat(page).contains("Calendar school Lahore");
    assertThat(page)
        .doesNotContain("Calendar courtyard Dhaka")
        .doesNotContain("Calendar training")
        .doesNotContain("Calendar dialogue");
  }

  @Test
  void aCounsellorHasNoSourceAndABadMonthIsExplained() {
    assertThat(calendar("counsellor.dhaka"))
        .doesNotContain("Calendar training")
        .doesNotContain("Calendar courtyard")
        .contains("Nothing is recorded for this month.");
    String bad =
        StaffClient.signedIn(port, "manager", PASSWORD).get("/portfolio/calendar?month=May").body();
    assertThat(bad).contains("That is not a month");
  }
}
