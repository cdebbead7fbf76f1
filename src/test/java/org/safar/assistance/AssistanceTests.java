package org.safar.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.StaffClient.enc;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.identity.AccountDraft;
import org.safar.identity.Accounts;
import org.safar.identity.Role;
import org.safar.orgunits.OrgUnits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Technical assistance over real HTTP: the demo list, the rules on dates, overlaps and tests. */
@SafarIntegrationTest
class AssistanceTests {

  static final String PASSWORD = "safar-demo-2026";

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired OrgUnits orgUnits;
  @Autowired Accounts accounts;

  long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  long id(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  long project() {
    return id("select id from programme where code = 'MIEUX-ASIA'");
  }

  StaffClient manager() {
    return StaffClient.signedIn(port, "manager", PASSWORD);
  }

  /** Records a running action from 1 March 2026 to 30 June 2026; its path. */
  String newAction(StaffClient manager, String title) {
    HttpResponse<String> r =
        manager.postRaw(
            "/assistance/new",
            "/assistance/new",
            "projectId="
                + project()
                + "&title="
                + enc(title)
                + "&countryCodes=KG&requestingInstitution="
                + enc("State Migration Service")
                + "&theme=LABOUR_MIGRATION&requestedOn=2026-02-10&status=ACCEPTED"
                + "&startDate=2026-03-01&endDate=2026-06-30&version=0");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    return StaffClient.location(r);
  }

  String newActivity(StaffClient manager, String action, String fields) {
    String form = action + "/activities/new";
    HttpResponse<String> r = manager.postRaw(form, form, fields + "&version=0");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    return StaffClient.location(r);
  }

  long expert(String name) {
    return id("select id from ta_expert where full_name = ?", name);
  }

  @Test
  void theDemoHoldsEveryActionOfTheListWithCountriesAndExpertNationalities() {
    StaffClient viewer = StaffClient.signedIn(port, "viewer", PASSWORD);
    assertThat(
            count(
                "select count(*) from ta_action where project_id = ? and created_by = 'system'",
                project()))
        .isEqualTo(17);
    String list = viewer.get("/assistance?region=CENTRAL_ASIA").body();
    assertThat(list)
        .contains("Tajikistan II: law enforcement against trafficking")
        .contains("Kyrgyzstan II: national migration policy")
        .contains("Kazakhstan: seminar")
        .doesNotContain("Malaysia: integrated")
        .doesNotContain("id=\"new-action\"");
    long tj = id("select id from ta_action where title like 'Tajikistan II%'");
    String page = viewer.get("/assistance/" + tj).body();
    assertThat(page)
        .contains("United Kingdom")
        .contains("Study visit on anti-trafficking instruments")
        .contains("2014-03-01 – 2015-12-31")
        .contains("Completed");
    assertThat(viewer.get("/assistance?status=IMPLEMENTATION").body())
        .contains("Lao PDR")
        .contains("present")
        .doesNotContain("Cambodia: border");
  }

  @Test
  void oneSearchFindsWhoDidStudyVisitsOnTraffickingInCentralAsia() {
    String found =
        StaffClient.signedIn(port, "mande", PASSWORD)
            .get("/assistance/experts?expertise=TRAFFICKING&kind=STUDY_VISIT&region=CENTRAL_ASIA")
            .body();
    assertThat(found)
        .contains("Helen Whitcombe")
        .contains("Study visit on anti-trafficking instruments")
        .doesNotContain("Ivana Petrova")
        .doesNotContain("Tomáš Dvořáček");
    assertThat(
            manager()
                .get(
                    "/assistance/experts?expertise=TRAFFICKING&kind=STUDY_VISIT&region=MIDDLE_EAST")
                .body())
        .contains("Nothing found");
  }

  @Test
  void anActivityOutsideItsActionsDatesIsRefusedAndNothingIsSaved() {
    StaffClient manager = manager();
    String action = newAction(manager, "Dates test action");
    long before = count("select count(*) from ta_activity");
    String form = action + "/activities/new";
    HttpResponse<String> r =
        manager.postRaw(
            form,
            form,
            "kind=WORKSHOP&title=Too+late&startDate=2026-06-29&endDate=2026-07-02&version=0");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("within the dates of its action: 2026-03-01 to 2026-06-30");
    r = manager.postRaw(form, form, "kind=STUDY_VISIT&title=Abroad&startDate=2026-04-01&version=0");
    assertThat(r.body()).contains("A study visit needs the host country");
    assertThat(count("select count(*) from ta_activity")).isEqualTo(before);

    newActivity(manager, action, "kind=WORKSHOP&title=In+May&startDate=2026-05-05");
    String edit = action + "/edit";
    HttpResponse<String> shrink =
        manager.postRaw(
            edit,
            edit,
            "projectId="
                + project()
                + "&title=Dates+test+action&countryCodes=KG&requestingInstitution=SMS"
                + "&theme=LABOUR_MIGRATION&requestedOn=2026-02-10&status=ACCEPTED"
                + "&startDate=2026-03-01&endDate=2026-04-30&version=0");
    assertThat(shrink.body()).contains("Some activities of this action lie outside these dates");
    assertThat(
            jdbc.sql("select end_date::text from ta_action where title = 'Dates test action'")
                .query(String.class)
                .single())
        .isEqualTo("2026-06-30");
  }

  @Test
  void anExpertIsNotDeployedTwiceOnOverlappingDays() {
    StaffClient manager = manager();
    String action = newAction(manager, "Overlap test action");
    String first =
        newActivity(
            manager,
            action,
            "kind=FACT_FINDING_MISSION&title=Mission+one&startDate=2026-03-10&endDate=2026-03-13");
    String second =
        newActivity(
            manager,
            action,
            "kind=WORKSHOP&title=Workshop+two&startDate=2026-03-12&endDate=2026-03-14");
    long expert = expert("Giulia Ferraresi");
    HttpResponse<String> ok =
        manager.postRaw(first, first + "/deployments", "expertId=" + expert + "&daysWorked=3.5");
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(302);
    long before = count("select count(*) from ta_deployment");
    HttpResponse<String> clash =
        manager.postRaw(second, second + "/deployments", "expertId=" + expert);
    assertThat(clash.statusCode()).isEqualTo(200);
    assertThat(clash.body())
        .contains(
            "Giulia Ferraresi is already deployed on these days: Mission one, 2026-03-10 to"
                + " 2026-03-13");
    HttpResponse<String> tooMany =
        manager.postRaw(
            second,
            second + "/deployments",
            "expertId=" + expert("Andreea Popovici") + "&daysWorked=4");
    assertThat(tooMany.body()).contains("at most 3");
    HttpResponse<String> outside =
        manager.postRaw(
            second,
            second + "/deployments",
            "expertId=" + expert("Andreea Popovici") + "&startDate=2026-03-01");
    assertThat(outside.body()).contains("within the dates of the activity");
    assertThat(count("select count(*) from ta_deployment")).isEqualTo(before);
    assertThat(manager.get("/assistance/experts/" + expert).body())
        .contains("Mission one")
        .contains("3.5");
  }

  @Test
  void aPostTestWithoutAPreTestIsRefusedAndTheGainIsWorkedOut() {
    StaffClient manager = manager();
    String action = newAction(manager, "Test scores action");
    String form = action + "/activities/new";
    long before = count("select count(*) from ta_activity");
    HttpResponse<String> r =
        manager.postRaw(
            form,
            form,
            "kind=TRAINING&title=Scores&startDate=2026-04-01&women=10&men=8&postTestScore=70"
                + "&version=0");
    assertThat(r.body()).contains("needs the score before it");
    r =
        manager.postRaw(
            form,
            form,
            "kind=TRAINING&title=Scores&startDate=2026-04-01&preTestScore=120&version=0");
    assertThat(r.body()).contains("from 0 to 100");
    assertThat(count("select count(*) from ta_activity")).isEqualTo(before);
    String activity =
        newActivity(
            manager,
            action,
            "kind=TRAINING&title=Scores&startDate=2026-04-01&women=10&men=8&otherSex=1"
                + "&preTestScore=52.5&postTestScore=78");
    assertThat(manager.get(activity).body())
        .contains("19 (10 women, 8 men, 1 other or not known)")
        .contains("gain: 25.5 points");
  }

  @Test
  void outsideTheScopeIsForbiddenAndAudited() {
    long dhaka = orgUnits.findByCode("MRC-DHAKA").orElseThrow().id();
    accounts.createInitial(
        new AccountDraft(
            "pm.dhaka.ta", "PM Dhaka", null, EnumSet.of(Role.PROGRAMME_MANAGER), Set.of(dhaka)),
        "a-long-password-for-tests");
    StaffClient outsider = StaffClient.signedIn(port, "pm.dhaka.ta", "a-long-password-for-tests");
    long tj = id("select id from ta_action where title like 'Tajikistan II%'");
    assertThat(outsider.get("/assistance/" + tj).statusCode()).isEqualTo(403);
    long activity = id("select min(id) from ta_activity where action_id = ?", tj);
    assertThat(outsider.get("/assistance/activities/" + activity).statusCode()).isEqualTo(403);
    // other tests may file actions under Dhaka in the same database; the demo's are not theirs
    String search = "/assistance?q=" + StaffClient.enc("Tajikistan II");
    assertThat(manager().get(search).body()).contains("Tajikistan II:");
    assertThat(outsider.get(search).body()).doesNotContain("Tajikistan II:");
    assertThat(
            count(
                "select count(*) from audit_event where actor = 'pm.dhaka.ta'"
                    + " and action = 'ACCESS_DENIED' and subject_type = 'ta_action'"))
        .isGreaterThanOrEqualTo(2);
    assertThat(StaffClient.signedIn(port, "viewer", PASSWORD).get("/assistance/new").statusCode())
        .isEqualTo(403);
    assertThat(
            StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD)
                .get("/assistance")
                .statusCode())
        .isEqualTo(403);
    assertThat(manager().get("/assistance/999999").statusCode()).isEqualTo(404);
  }

  @Test
  void changesAreAuditedAndTheStatusMovesOnlyForward() {
    StaffClient manager = manager();
    String action = newAction(manager, "Audit test action");
    long id = Long.parseLong(action.replaceAll(".*/", ""));
    HttpResponse<String> moved =
        manager.postForm(
            action, action + "/status", java.util.Map.of("version", "0", "status", "SCOPING"));
    assertThat(moved.statusCode()).isEqualTo(302);
    HttpResponse<String> back =
        manager.postForm(
            action, action + "/status", java.util.Map.of("version", "1", "status", "ACCEPTED"));
    assertThat(back.statusCode()).isEqualTo(302);
    assertThat(manager.get(action).body())
        .contains("only moves on to a later stage")
        .contains("Fact-finding and scoping");
    assertThat(
            count(
                "select count(*) from audit_event where subject_type = 'ta_action'"
                    + " and subject_id = ? and action in ('CREATED', 'STATUS_CHANGED')",
                String.valueOf(id)))
        .isEqualTo(2);
    String form = action + "/deliverables/new";
    HttpResponse<String> del =
        manager.postRaw(
            form,
            form,
            "kind=ROADMAP&title=Roadmap&status=DRAFTED&statusDate=2026-03-02&version=0");
    assertThat(del.statusCode()).as(del.body()).isEqualTo(302);
    assertThat(manager.get(action).body()).contains("Roadmap").contains("Drafted");
  }

  @Test
  void theListExportsAsCsvAndTheProjectPageLinksToIt() {
    StaffClient manager = manager();
    HttpResponse<byte[]> csv = manager.download("/assistance/export.csv?region=CENTRAL_ASIA");
    String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith("\uFEFFid,title,countries")
        .contains("Tajikistan II: law enforcement against trafficking")
        .contains("GB LT RO")
        .doesNotContain("Malaysia: integrated");
    assertThat(
            count(
                "select count(*) from audit_event where actor = 'manager' and action = 'EXPORTED'"
                    + " and subject_type = 'ta_action'"))
        .isPositive();
    String projectPage = manager.get("/portfolio/" + project()).body();
    assertThat(projectPage)
        .contains("Technical-assistance actions")
        .contains("/assistance?project=" + project());
  }
}
