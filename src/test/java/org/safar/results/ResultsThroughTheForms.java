package org.safar.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
import org.safar.portfolio.PortfolioLevel;
import org.safar.portfolio.Programme;
import org.safar.portfolio.ProgrammeStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the results web tests set up as people would: a project under the demo MPTF programme, a
 * framework with one result and one sessions indicator by sex through the M&E officer's forms, and
 * a session recorded at MRC Dhaka through the desk's forms.
 */
record ResultsThroughTheForms(int port, Portfolio portfolio, OrgUnits orgUnits, JdbcClient jdbc) {

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
                ProgrammeStatus.RUNNING,
                orgUnits.network().id(),
                0))
        .id();
  }

  /**
   * Framework 2021–mid 2030, one result, and one indicator over sessions by sex with this code,
   * title and measure; the indicator's id.
   */
  long indicator(StaffClient mande, long project, String code, String title, String measure) {
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
                + "&title="
                + StaffClient.enc(title)
                + "&source=SESSIONS&measure="
                + measure
                + "&unit=NUMBER&ascending=true&dimensions=SEX&filters=&version=0");
    assertThat(defined.statusCode()).as(defined.body()).isEqualTo(302);
    return Long.parseLong(StaffClient.location(defined).replaceAll(".*/", ""));
  }

  /** A female client and a session today at MRC Dhaka, through the desk's forms. */
  void recordASession(String namePrefix) {
    StaffClient dhaka = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long mrc = orgUnits.findByCode("MRC-DHAKA").orElseThrow().id();
    HttpResponse<String> client =
        dhaka.postRaw(
            "/counselling/clients/new",
            "/counselling/clients/new",
            "mrcId="
                + mrc
                + "&fullName="
                + StaffClient.enc(namePrefix + " " + System.nanoTime())
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
}
