package org.safar.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.StaffClient.enc;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Budget, currency, status and beneficiaries: shown, edited, checked. */
@SafarIntegrationTest
class PortfolioEditTests {

  @LocalServerPort int port;
  @Autowired Portfolio portfolio;

  @Test
  void theDemoCarriesTheSeedsFactsAndAManagerCorrectsAnEntry() {
    StaffClient manager = StaffClient.signedIn(port, "manager", "safar-demo-2026");
    long ghana = portfolio.findByCode("SBS-GHANA").orElseThrow().id();
    assertThat(manager.get("/portfolio/" + ghana).body())
        .contains("EUR 5,000,000.00")
        .contains("Ghana Immigration Service");
    long silk = portfolio.findByCode("IMM-SILK-ROUTES").orElseThrow().id();
    assertThat(manager.get("/portfolio/" + silk).body())
        .contains("id=\"status\">Completed<")
        .contains("Ministry of Migration and Displaced");

    long protect = portfolio.findByCode("PROTECT").orElseThrow().id();
    String form =
        "title="
            + enc("PROTECT")
            + "&status=SUSPENDED&countryCodes=TJ&donors="
            + enc("European Union")
            + "&beneficiaries="
            + enc("Migration Service (Tajikistan)")
            + "&version=0&budget=";
    HttpResponse<String> bad =
        manager.postRaw(
            "/portfolio/" + protect + "/edit",
            "/portfolio/" + protect + "/edit",
            form + "1000&currency=XYZ");
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body()).contains("not an ISO 4217");
    HttpResponse<String> negative =
        manager.postRaw(
            "/portfolio/" + protect + "/edit",
            "/portfolio/" + protect + "/edit",
            form + "-5&currency=EUR");
    assertThat(negative.body()).contains("positive amount");
    HttpResponse<String> ok =
        manager.postRaw(
            "/portfolio/" + protect + "/edit",
            "/portfolio/" + protect + "/edit",
            form + "12000000&currency=eur");
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(302);
    assertThat(manager.get("/portfolio/" + protect).body())
        .contains("id=\"status\">Suspended<")
        .contains("EUR 12,000,000.00");
    StaffClient viewer = StaffClient.signedIn(port, "viewer", "safar-demo-2026");
    assertThat(viewer.get("/portfolio/" + protect + "/edit").statusCode()).isEqualTo(403);
  }
}
