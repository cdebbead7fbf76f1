package org.safar.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
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

  ResultsThroughTheForms forms() {
    return new ResultsThroughTheForms(port, portfolio, orgUnits, jdbc);
  }

  static final String PASSWORD = "safar-demo-2026";

  @Test
  void theMeOfficerDefinesAnIndicatorSetsATargetAndSeesItOnTheDashboard() {
    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    long project = forms().newProject("WEB-" + System.nanoTime());
    long indicator = forms().indicator(mande, project, "P1", "People counselled", "DISTINCT");

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

    forms().recordASession("Results Web");
    String dashboard = mande.get("/results/projects/" + project).body();
    assertThat(dashboard)
        .contains("People counselled")
        .contains("id=\"indicator-P1\"")
        .contains("250");
    String show = mande.get(page).body();
    assertThat(show).contains("<svg").contains("By Sex").doesNotContain("style=");
  }

  @Test
  void aBreakdownTheRecordsCannotGiveIsExplainedOnTheForm() {
    StaffClient mande = StaffClient.signedIn(port, "mande", PASSWORD);
    long project = forms().newProject("WEB-" + System.nanoTime());
    long indicator = forms().indicator(mande, project, "P2", "People counselled", "DISTINCT");
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
    long indicator =
        forms()
            .indicator(
                mande,
                forms().newProject("API-" + System.nanoTime()),
                "A1",
                "People counselled",
                "DISTINCT");
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
    long project = forms().newProject(code);
    long indicator = forms().indicator(mande, project, "V1", "People counselled", "DISTINCT");
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
    forms()
        .indicator(
            mande,
            forms().newProject("PUB-" + System.nanoTime()),
            "U1",
            "People counselled",
            "DISTINCT");
    HttpResponse<String> page = new StaffClient(port).get("/portal/results/MIGRATION-MPTF");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("People counselled");
    assertThat(page.body()).doesNotContainPattern("<td>[1-4]</td>");
    assertThat(new StaffClient(port).get("/portal/results/NO-SUCH").statusCode()).isEqualTo(404);
  }
}
