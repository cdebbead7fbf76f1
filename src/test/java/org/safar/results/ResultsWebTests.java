package org.safar.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
import org.safar.portfolio.PortfolioLevel;
import org.safar.portfolio.Programme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The M&E officer's pages, the JSON API and the public view, over real HTTP. */
@SafarIntegrationTest
class ResultsWebTests {

  @LocalServerPort int port;
  @Autowired Portfolio portfolio;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;

  static final String PASSWORD = "safar-demo-2026";

  long newProject(String code) {
    Programme parent = portfolio.findByCode("MIGRATION-MPTF").orElseThrow();
    return portfolio
        .record(
            new Programme(
                null,
                parent.id(),
                PortfolioLevel.PROJECT,
                code,
                "Project " + code,
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                LocalDate.of(2020, 1, 1),
                LocalDate.of(2030, 12, 31),
                null,
                null,
                org.safar.portfolio.ProgrammeStatus.RUNNING,
                orgUnits.network().id(),
                0))
        .id();
  }

  /** Framework, impact and one sessions indicator by sex, through the forms; the indicator id. */
  long defineThroughTheForms(StaffClient mande, long project, String code) {
    String page = "/results/projects/" + project;
    HttpResponse<String> created =
        mande.postForm(
            page,
            page + "/framework",
            Map.of(
                "startsOn",
                "2021-01-01",
                "endsOn",
                "2030-06-30",
                "genderMarker",
                "2",
                "humanRightsMarker",
                "1",
                "childMarker",
                "0",
                "version",
                "0"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
    long framework =
        jdbc.sql("select id from results_framework where programme_id = ?")
            .param(project)
            .query(Long.class)
            .single();
    HttpResponse<String> impact =
        mande.postForm(
            page,
            "/results/frameworks/" + framework + "/results",
            Map.of("code", "1", "title", "Safer migration"));
    assertThat(impact.statusCode()).isEqualTo(302);
    long result =
        jdbc.sql("select id from result_node where framework_id = ?")
            .param(framework)
            .query(Long.class)
            .single();
    String form = "/results/frameworks/" + framework + "/indicators/new";
    HttpResponse<String> defined =
        mande.postRaw(
            form,
            form,
            "resultId="
                + result
                + "&code="
                + code
                + "&title=People+counselled&source=SESSIONS"
                + "&measure=DISTINCT&unit=NUMBER&ascending=true&dimensions=SEX&filters=&version=0");
    assertThat(defined.statusCode()).as(defined.body()).isEqualTo(302);
    return Long.parseLong(StaffClient.location(defined).replaceAll(".*/", ""));
  }

  @Test
  void theMeOfficerDefinesAnIndicatorSetsATargetAndSeesItOnTheDashboard() {
    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    long project = newProject("WEB-" + System.nanoTime());
    long indicator = defineThroughTheForms(mande, project, "P1");

    String page = "/results/indicators/" + indicator;
    HttpResponse<String> outside =
        mande.postForm(
            page,
            page + "/targets",
            Map.of("startsOn", "2031-01-01", "endsOn", "2031-12-31", "value", "100"));
    assertThat(outside.statusCode()).isEqualTo(200);
    assertThat(outside.body()).contains("The period lies outside the project");
    HttpResponse<String> target =
        mande.postForm(
            page,
            page + "/targets",
            Map.of("startsOn", "2025-01-01", "endsOn", "2025-12-31", "value", "250"));
    assertThat(target.statusCode()).isEqualTo(302);

    recordASession();
    String dashboard = mande.get("/results/projects/" + project).body();
    assertThat(dashboard)
        .contains("People counselled")
        .contains("id=\"indicator-P1\"")
        .contains("250");
    String show = mande.get(page).body();
    assertThat(show).contains("<svg").contains("By Sex").doesNotContain("style=");
  }

  /** A client and a session today at MRC Dhaka, through the desk's forms. */
  void recordASession() {
    StaffClient dhaka = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long mrc = orgUnits.findByCode("MRC-DHAKA").orElseThrow().id();
    HttpResponse<String> client =
        dhaka.postRaw(
            "/counselling/clients/new",
            "/counselling/clients/new",
            "mrcId="
                + mrc
                + "&fullName=Results+Web+"
                + System.nanoTime()
                + "&sex=FEMALE&migrantStatus=POTENTIAL&notDuplicate=true");
    assertThat(client.statusCode()).as(client.body()).isEqualTo(302);
    String path = StaffClient.location(client).replaceAll("\\?.*", "");
    HttpResponse<String> session =
        dhaka.postRaw(
            path + "/sessions/new",
            path + "/sessions/new",
            "channel=HOTLINE&heldOn=" + LocalDate.now() + "&durationMinutes=20&topics=VISAS");
    assertThat(session.statusCode()).as(session.body()).isEqualTo(302);
  }

  @Test
  void aBreakdownTheRecordsCannotGiveIsExplainedOnTheForm() {
    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    long project = newProject("WEB-" + System.nanoTime());
    long indicator = defineThroughTheForms(mande, project, "P2");
    long framework =
        jdbc.sql("select framework_id from indicator where id = ?")
            .param(indicator)
            .query(Long.class)
            .single();
    long result =
        jdbc.sql("select result_id from indicator where id = ?")
            .param(indicator)
            .query(Long.class)
            .single();
    String form = "/results/frameworks/" + framework + "/indicators/new";
    HttpResponse<String> refused =
        mande.postRaw(
            form,
            form,
            "resultId="
                + result
                + "&code=P3&title=Inquiries+by+sex&source=INQUIRIES&measure=COUNT"
                + "&unit=NUMBER&dimensions=SEX&version=0");
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body())
        .contains("These records cannot be broken down by sex: INQUIRIES does not record it.");
  }

  @Test
  void theApiAnswersSignedInStaffWithCellsAndExplainsWhatItCannotDo() {
    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    long indicator = defineThroughTheForms(mande, newProject("API-" + System.nanoTime()), "A1");
    HttpResponse<String> values =
        mande.getJson("/api/v1/indicators/" + indicator + "/values?by=sex,quarter&from=2024-01-01");
    assertThat(values.statusCode()).as(values.body()).isEqualTo(200);
    assertThat(values.body()).contains("\"by\":[\"sex\",\"quarter\"]").contains("\"cells\":[");
    HttpResponse<String> unsupported =
        mande.getJson("/api/v1/indicators/" + indicator + "/values?by=channel,service");
    assertThat(unsupported.statusCode()).isEqualTo(400);
    assertThat(unsupported.body()).contains("cannot be broken down by service");
    assertThat(
            new StaffClient(port)
                .getJson("/api/v1/indicators/" + indicator + "/values")
                .statusCode())
        .isEqualTo(401);
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    assertThat(counsellor.getJson("/api/v1/indicators/" + indicator + "/values").statusCode())
        .isEqualTo(403);
    assertThat(new StaffClient(port).getJson("/v3/api-docs").body())
        .contains("/api/v1/indicators/{id}/values");
  }

  @Test
  void theProgrammeViewListsItsProjectsAndAViewerReadsButCannotDefine() {
    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    String code = "PRG-" + System.nanoTime();
    long project = newProject(code);
    long indicator = defineThroughTheForms(mande, project, "V1");
    long programme = portfolio.findByCode("MIGRATION-MPTF").orElseThrow().id();
    StaffClient viewer = StaffClient.signedIn(port, "viewer", PASSWORD);
    HttpResponse<String> page = viewer.get("/results/programmes/" + programme);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Project " + code).contains("People counselled");
    assertThat(viewer.get("/results/indicators/" + indicator).body())
        .doesNotContain("id=\"save-target\"");
    assertThat(viewer.get("/results/indicators/" + indicator + "/edit").statusCode())
        .isEqualTo(403);
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    assertThat(counsellor.get("/results/projects/" + project).statusCode()).isEqualTo(403);
  }

  @Test
  void thePublicViewShowsNoCountFromOneToFour() {
    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    defineThroughTheForms(mande, newProject("PUB-" + System.nanoTime()), "U1");
    HttpResponse<String> page = new StaffClient(port).get("/portal/results/MIGRATION-MPTF");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("People counselled");
    assertThat(page.body()).doesNotContainPattern("<td>[1-4]</td>");
    assertThat(new StaffClient(port).get("/portal/results/NO-SUCH").statusCode()).isEqualTo(404);
  }
}
