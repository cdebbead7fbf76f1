package org.safar.counselling;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.counselling.SurveyFixtures.IMPORT;
import static org.safar.counselling.SurveyFixtures.as;
import static org.safar.counselling.SurveyFixtures.confirm;
import static org.safar.counselling.SurveyFixtures.count;
import static org.safar.counselling.SurveyFixtures.previewPath;
import static org.safar.counselling.SurveyFixtures.sessionWithFollowUp;
import static org.safar.counselling.SurveyFixtures.upload;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.identity.Accounts;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
import org.safar.portfolio.PortfolioLevel;
import org.safar.portfolio.Programme;
import org.safar.portfolio.ProgrammeStatus;
import org.safar.results.Dimension;
import org.safar.results.Filters;
import org.safar.results.FrameworkDraft;
import org.safar.results.Indicator;
import org.safar.results.IndicatorQuery;
import org.safar.results.Indicators;
import org.safar.results.Measure;
import org.safar.results.ResultsFramework;
import org.safar.results.ResultsFrameworks;
import org.safar.results.Unit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Importing follow-up surveys as KoboToolbox and ODK Central export them: due follow-ups are closed
 * on the survey's date, missing ones recorded done, intentions recorded and counted by the results
 * engine at once, and a submission imported again is skipped.
 */
@SafarIntegrationTest
class FollowUpSurveyImportTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired OrgUnits orgUnits;
  @Autowired Accounts accounts;
  @Autowired Portfolio portfolio;
  @Autowired ResultsFrameworks frameworks;
  @Autowired Indicators indicators;

  static final String KOBO_HEADER =
      "start;end;today;deviceid;group_followup/client_ref;group_followup/followup_date;"
          + "group_followup/reached;group_followup/outcome;group_intention/intention;"
          + "group_intention/likelihood;_id;_uuid;_submission_time;_validation_status;_notes;"
          + "_status;_submitted_by;__version__;_tags;_index\n";

  static final String ODK_HEADER =
      "SubmissionDate,group_followup-client_ref,group_followup-followup_date,"
          + "group_followup-reached,group_followup-outcome,group_intention-intention,"
          + "group_intention-likelihood,meta-instanceID,KEY,SubmitterID,SubmitterName,"
          + "AttachmentsPresent,AttachmentsExpected,Status,ReviewState,DeviceID,Edits,FormVersion\n";

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  long mrc(String code) {
    return orgUnits.findByCode(code).orElseThrow().id();
  }

  static String kobo(long client, String date, String reached, String intention, String lh) {
    String uuid = UUID.randomUUID().toString();
    return "2026-01-01T09:00:00.000+06:00;2026-01-01T09:20:00.000+06:00;2026-01-01;"
        + "collect:abc123;"
        + client
        + ";"
        + date
        + ";"
        + reached
        + ";\"Reached by phone; plans to apply for a work visa\";"
        + intention
        + ";"
        + lh
        + ";"
        + (100000 + client)
        + ";"
        + uuid
        + ";2026-01-02T10:00:00;;;submitted_via_web;mrc_dhaka;vGx7;;1\n";
  }

  @Test
  void aKoboExportClosesTheDueFollowUpRecordsAMissingOneAndCountsInTheIndicatorsAtOnce() {
    StaffClient c = as(port, "counsellor.dhaka");
    long dhaka = mrc("MRC-DHAKA");
    long withDue = DeskFixtures.client(c, dhaka, "Kobo Survey Due " + System.nanoTime());
    sessionWithFollowUp(c, withDue, LocalDate.now().minusDays(5));
    long withoutDue = DeskFixtures.client(c, dhaka, "Kobo Survey None " + System.nanoTime());
    assertThat(c.get("/counselling/clients/" + withDue).body())
        .contains("id=\"client-number\" dir=\"ltr\">" + withDue + "<");

    long[] ind = indicators();
    BigDecimal doneBefore = value(ind[0]);
    BigDecimal intentionsBefore = value(ind[1]);

    LocalDate day = LocalDate.now().minusDays(3);
    String file =
        "\uFEFF"
            + KOBO_HEADER
            + kobo(withDue, day + "T10:15:00.000+06:00", "yes", "regular", "4")
            + kobo(withoutDue, day.toString(), "no", "", "");
    HttpResponse<String> preview = upload(c, "follow-up_2026.csv", file.getBytes(UTF_8));
    assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
    assertThat(preview.body())
        .contains(
            "1 close a follow-up that was due, 1 record a new follow-up, 0 were imported before")
        .contains("id=\"confirm\"");
    assertThat(count(jdbc, "select count(*) from follow_up where client_id = ?", withoutDue))
        .as("the check saves nothing")
        .isZero();

    String path = previewPath(preview);
    HttpResponse<String> done = confirm(c, path, 1, 1, 0);
    assertThat(StaffClient.location(done)).as(done.body()).isEqualTo(IMPORT);
    assertThat(c.get(IMPORT).body()).contains("Imported: 1 follow-ups closed, 1 new follow-ups");

    Map<String, Object> closed =
        jdbc.sql(
                "select id, status, done_at::date as day, reached, outcome, updated_by"
                    + " from follow_up where client_id = ?")
            .param(withDue)
            .query()
            .singleRow();
    assertThat(closed.get("status")).isEqualTo("DONE");
    assertThat(closed.get("day").toString()).isEqualTo(day.toString());
    assertThat(closed.get("reached")).isEqualTo(true);
    assertThat(closed.get("outcome")).isEqualTo("Reached by phone; plans to apply for a work visa");
    assertThat(closed.get("updated_by")).isEqualTo("counsellor.dhaka");
    Map<String, Object> intention =
        jdbc.sql(
                "select intention, likelihood, recorded_on, follow_up_id from intention_record"
                    + " where client_id = ? and stage = 'FOLLOW_UP'")
            .param(withDue)
            .query()
            .singleRow();
    assertThat(intention.get("intention")).isEqualTo("REGULAR");
    assertThat(intention.get("likelihood")).isEqualTo(4);
    assertThat(intention.get("recorded_on").toString()).isEqualTo(day.toString());
    assertThat(((Number) intention.get("follow_up_id")).longValue())
        .isEqualTo(((Number) closed.get("id")).longValue());

    Map<String, Object> created =
        jdbc.sql("select status, due_on, reached from follow_up where client_id = ?")
            .param(withoutDue)
            .query()
            .singleRow();
    assertThat(created.get("status")).isEqualTo("DONE");
    assertThat(created.get("due_on").toString()).isEqualTo(day.toString());
    assertThat(created.get("reached")).isEqualTo(false);
    assertThat(
            count(
                jdbc,
                "select count(*) from intention_record where client_id = ? and stage = 'FOLLOW_UP'",
                withoutDue))
        .as("no intention from a client not reached")
        .isZero();
    assertThat(
            count(
                jdbc,
                "select count(*) from audit_event where action = 'FOLLOW_UPS_IMPORTED'"
                    + " and subject_id = ? and details like ?",
                path.substring(path.lastIndexOf('/') + 1),
                "follow-up_2026.csv: 1 follow-ups closed, 1 created, 0 already imported"))
        .isEqualTo(1);

    assertThat(value(ind[0]).subtract(doneBefore)).isEqualByComparingTo("2");
    assertThat(value(ind[1]).subtract(intentionsBefore)).isEqualByComparingTo("1");

    // the same file again: both submissions are skipped and nothing can be imported
    HttpResponse<String> again = upload(c, "follow-up_2026.csv", file.getBytes(UTF_8));
    assertThat(again.body())
        .contains("0 close a follow-up that was due, 0 record a new follow-up, 2 were imported")
        .contains("id=\"nothing-new\"")
        .doesNotContain("id=\"confirm\"");
    HttpResponse<String> forced = confirm(c, previewPath(again), 0, 0, 2);
    assertThat(forced.body()).contains("there is nothing new to import");
    assertThat(
            count(
                jdbc,
                "select count(*) from follow_up where client_id = any(?)",
                (Object) new Long[] {withDue, withoutDue}))
        .isEqualTo(2);
    assertThat(value(ind[0]).subtract(doneBefore)).isEqualByComparingTo("2");
  }

  @Test
  void anOdkCentralExportClosesTheEarliestDueFollowUpAndTakesLabelsAndItsOwnIdForm() {
    StaffClient c = as(port, "counsellor.dhaka");
    long dhaka = mrc("MRC-DHAKA");
    long client = DeskFixtures.client(c, dhaka, "ODK Survey " + System.nanoTime());
    sessionWithFollowUp(c, client, LocalDate.now().plusDays(20));
    sessionWithFollowUp(c, client, LocalDate.now().minusDays(10));
    String instance = UUID.randomUUID().toString();
    LocalDate day = LocalDate.now().minusDays(1);
    String file =
        ODK_HEADER
            + "2026-01-02T10:00:00.000Z,"
            + client
            + ","
            + day
            + ",1,,Migrate irregularly,2,uuid:"
            + instance
            + ",uuid:"
            + instance
            + ",17,Rafiq,0,0,,approved,collect:xyz,0,2026010101\n";
    HttpResponse<String> preview = upload(c, "Follow-up survey.csv", file.getBytes(UTF_8));
    assertThat(preview.body()).contains("1 close a follow-up that was due, 0 record a new");
    confirm(c, previewPath(preview), 1, 0, 0);

    List<Map<String, Object>> rows =
        jdbc.sql("select status, due_on from follow_up where client_id = ? order by due_on")
            .param(client)
            .query()
            .listOfRows();
    assertThat(rows).extracting(r -> r.get("status")).containsExactly("DONE", "DUE");
    assertThat(
            jdbc.sql(
                    "select intention || ' ' || likelihood from intention_record"
                        + " where client_id = ? and follow_up_id is not null")
                .param(client)
                .query(String.class)
                .single())
        .isEqualTo("IRREGULAR 2");

    // the same submission exported by Kobo (its _uuid has no "uuid:" prefix) is skipped
    String kobo =
        KOBO_HEADER.replace(";", ",")
            + ",,,,"
            + client
            + ","
            + day
            + ",yes,,undecided,3,1,"
            + instance
            + ",,,,,,,,1\n";
    HttpResponse<String> again = upload(c, "kobo.csv", kobo.getBytes(UTF_8));
    assertThat(again.body()).contains("0 close a follow-up that was due, 0 record a new");
    assertThat(again.body()).contains("1 were imported before");
  }

  @Test
  void theTemplateAndTheColumnsAreOnThePageForTheDeskOnly() {
    StaffClient c = as(port, "counsellor.dhaka");
    String page = c.get(IMPORT).body();
    assertThat(page)
        .contains("client_ref")
        .contains("followup_date")
        .contains("not_migrating")
        .contains("meta-instanceID")
        .contains(IMPORT + "/template.csv");
    assertThat(c.get("/counselling/follow-ups").body()).contains("id=\"import-surveys\"");
    HttpResponse<byte[]> template = c.download(IMPORT + "/template.csv");
    assertThat(template.statusCode()).isEqualTo(200);
    assertThat(new String(template.body(), UTF_8))
        .startsWith("submission_id,client_ref,followup_date,reached,outcome,intention,likelihood");
    assertThat(as(port, "mande").get(IMPORT).statusCode()).isEqualTo(403);
  }

  /** Done follow-ups and follow-up intentions, as indicators of a framework over the network. */
  long[] indicators() {
    signInAs("mande");
    try {
      Programme parent = portfolio.findByCode("MIGRATION-MPTF").orElseThrow();
      String code = "TEST-SURVEY-" + System.nanoTime();
      LocalDate start = LocalDate.now().minusYears(1);
      LocalDate end = LocalDate.now().plusYears(1);
      Programme p =
          portfolio.record(
              new Programme(
                  null,
                  parent.id(),
                  PortfolioLevel.PROJECT,
                  code,
                  "Survey import " + code,
                  null,
                  List.of(),
                  List.of(),
                  List.of(),
                  List.of(),
                  start,
                  end,
                  null,
                  null,
                  ProgrammeStatus.RUNNING,
                  orgUnits.network().id(),
                  0));
      ResultsFramework f =
          frameworks.create(p.id(), new FrameworkDraft(List.of(), start, end, 2, 1, 0));
      long output = frameworks.addResult(f.id(), null, "1", "Follow-ups").id();
      return new long[] {
        frameworks.define(indicator(f, output, "FOLLOW_UPS", Dimension.STATUS, "DONE")),
        frameworks.define(indicator(f, output, "INTENTIONS", Dimension.STAGE, "FOLLOW_UP"))
      };
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  static Indicator indicator(
      ResultsFramework f, long result, String source, Dimension d, String code) {
    return new Indicator(
        null,
        f.id(),
        result,
        source.substring(0, 3) + System.nanoTime() % 100000,
        "Imported " + source,
        source,
        Measure.COUNT,
        Unit.NUMBER,
        true,
        new Filters(Map.of(d, Set.of(code))),
        Filters.NONE,
        Filters.NONE,
        Filters.NONE,
        false,
        List.of(),
        null,
        null,
        0);
  }

  BigDecimal value(long indicator) {
    signInAs("mande");
    try {
      return indicators.values(indicator, IndicatorQuery.total()).total().orElseThrow().value();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  void signInAs(String username) {
    long id =
        jdbc.sql("select id from account where username = ?")
            .param(username)
            .query(Long.class)
            .single();
    var principal = accounts.reload(id);
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
  }
}
