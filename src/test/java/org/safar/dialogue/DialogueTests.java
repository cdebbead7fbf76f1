package org.safar.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.StaffClient.enc;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Dialogue meetings with participants per country and type, and knowledge products. */
@SafarIntegrationTest
class DialogueTests {

  @LocalServerPort int port;
  @Autowired OrgUnits orgUnits;
  @Autowired Portfolio portfolio;
  @Autowired JdbcClient jdbc;

  String meeting(String lines) {
    return "title="
        + enc("Working group on return and reintegration")
        + "&kind=REGIONAL_WORKING_GROUP"
        + "&heldOn=2021-10-12&place=Dushanbe&projectId="
        + portfolio.findByCode("IMM-DIALOGUE").orElseThrow().id()
        + "&orgUnitId="
        + orgUnits.network().id()
        + lines;
  }

  long meetings() {
    return jdbc.sql("select count(*) from dialogue_meeting").query(Long.class).single();
  }

  @Test
  void participantsAreCountedPerCountryAndTypeAndBadLinesSaveNothing() {
    StaffClient manager = StaffClient.signedIn(port, "manager", "safar-demo-2026");
    long before = meetings();
    HttpResponse<String> noCountry =
        manager.postRaw(
            "/dialogue/meetings/new",
            "/dialogue/meetings/new",
            meeting("&lines%5B0%5D.organisationType=GOVERNMENT&lines%5B0%5D.people=4"));
    assertThat(noCountry.body()).contains("needs a country and an organisation type");
    HttpResponse<String> negative =
        manager.postRaw(
            "/dialogue/meetings/new",
            "/dialogue/meetings/new",
            meeting(
                "&lines%5B0%5D.countryCode=TJ&lines%5B0%5D.organisationType=GOVERNMENT"
                    + "&lines%5B0%5D.people=-4"));
    assertThat(negative.body()).contains("number of people from 1 to 100,000");
    assertThat(meetings()).isEqualTo(before);
    HttpResponse<String> ok =
        manager.postRaw(
            "/dialogue/meetings/new",
            "/dialogue/meetings/new",
            meeting(
                "&lines%5B0%5D.countryCode=TJ&lines%5B0%5D.organisationType=GOVERNMENT"
                    + "&lines%5B0%5D.people=6&lines%5B1%5D.countryCode=AF"
                    + "&lines%5B1%5D.organisationType=CIVIL_SOCIETY&lines%5B1%5D.people=2"
                    + "&lines%5B2%5D.countryCode=&lines%5B2%5D.people="));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(302);
    String page =
        manager
            .get(
                ok.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", ""))
            .body();
    assertThat(page)
        .contains("id=\"meeting-people\">8<")
        .contains("id=\"meeting-countries\">2<")
        .contains("Tajikistan");
    String csv =
        new String(
            manager.download("/dialogue/meetings/export.csv?kind=REGIONAL_WORKING_GROUP").body());
    assertThat(csv).contains(",TJ,GOVERNMENT,6").contains(",AF,CIVIL_SOCIETY,2");
  }

  @Test
  void knowledgeProductsNeedAWebLinkAndOnlyManagersEdit() {
    StaffClient manager = StaffClient.signedIn(port, "manager", "safar-demo-2026");
    String product =
        "title="
            + enc("SAMAC regional report")
            + "&kind=REPORT&publishedOn=2021-06-01"
            + "&projectId="
            + portfolio.findByCode("IMM-FACILITY").orElseThrow().id()
            + "&orgUnitId="
            + orgUnits.network().id()
            + "&link=";
    HttpResponse<String> script =
        manager.postRaw(
            "/dialogue/products/new",
            "/dialogue/products/new",
            product + enc("javascript:alert(1)"));
    assertThat(script.body()).contains("A link starts with http://");
    HttpResponse<String> ok =
        manager.postRaw(
            "/dialogue/products/new",
            "/dialogue/products/new",
            product + enc("https://example.org/samac"));
    assertThat(ok.statusCode()).isEqualTo(302);
    assertThat(manager.get("/dialogue/products?kind=REPORT").body())
        .contains("SAMAC regional report");
    StaffClient viewer = StaffClient.signedIn(port, "viewer", "safar-demo-2026");
    assertThat(viewer.get("/dialogue/products").body()).contains("SAMAC regional report");
    assertThat(viewer.get("/dialogue/products/new").statusCode()).isEqualTo(403);
    assertThat(
            StaffClient.signedIn(port, "outreach.lahore", "safar-demo-2026")
                .get("/dialogue/meetings")
                .statusCode())
        .isEqualTo(403);
  }
}
