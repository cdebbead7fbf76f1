package org.safar.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.StaffClient.enc;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Equipment handovers: quantity and value rules, computed total, roles, scope, CSV. */
@SafarIntegrationTest
class EquipmentTests {

  @LocalServerPort int port;
  @Autowired OrgUnits orgUnits;
  @Autowired Portfolio portfolio;
  @Autowired JdbcClient jdbc;

  String handover(String quantity, String value, String currency, String unitCode) {
    return "kind=LAPTOP&description="
        + enc("Laptops for the FIA Academy")
        + "&quantity="
        + quantity
        + "&unitValue="
        + value
        + "&currency="
        + currency
        + "&handedOverOn=2021-05-04&recipient="
        + enc("FIA Academy")
        + "&projectId="
        + portfolio.findByCode("IMM-FACILITY").orElseThrow().id()
        + "&orgUnitId="
        + orgUnits.findByCode(unitCode).orElseThrow().id();
  }

  long count() {
    return jdbc.sql("select count(*) from equipment_handover").query(Long.class).single();
  }

  @Test
  void theTotalIsComputedAndBadQuantitiesOrCurrenciesAreRefused() {
    StaffClient manager = StaffClient.signedIn(port, "manager", "safar-demo-2026");
    long before = count();
    for (String[] bad :
        new String[][] {
          {"0", "900", "EUR", "Quantity"},
          {"-2", "900", "EUR", "above zero"},
          {"3", "-1", "EUR", "unit value must be zero or more"},
          {"3", "900", "EURO", "not an ISO 4217"},
          {"3", "900", "", "in which currency"},
          {"three", "900", "EUR", "not in the right form"}
        }) {
      HttpResponse<String> r =
          manager.postRaw(
              "/equipment/new", "/equipment/new", handover(bad[0], bad[1], bad[2], "PK"));
      assertThat(r.statusCode()).as(bad[0] + bad[2]).isEqualTo(200);
      assertThat(r.body()).as(bad[0] + bad[2]).contains("id=\"form-error\"").contains(bad[3]);
    }
    assertThat(count()).isEqualTo(before);
    HttpResponse<String> ok =
        manager.postRaw("/equipment/new", "/equipment/new", handover("3", "900.50", "eur", "PK"));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(302);
    String location = ok.headers().firstValue("Location").orElseThrow();
    String page = manager.get(location.replaceAll("^https?://[^/]+", "")).body();
    assertThat(page).contains("EUR 2,701.50");
    assertThat(count()).isEqualTo(before + 1);
  }

  @Test
  void onlyProgrammeManagersRecordAndReadersStayInScope() {
    StaffClient coordinator = StaffClient.signedIn(port, "coordinator.dhaka", "safar-demo-2026");
    assertThat(coordinator.get("/equipment").statusCode()).isEqualTo(200);
    assertThat(coordinator.get("/equipment").body()).doesNotContain("Pick-up trucks");
    assertThat(coordinator.get("/equipment/new").statusCode()).isEqualTo(403);
    long ghana =
        jdbc.sql("select id from equipment_handover where description = 'Pick-up trucks'")
            .query(Long.class)
            .single();
    assertThat(coordinator.get("/equipment/" + ghana).statusCode()).isEqualTo(403);
    assertThat(
            StaffClient.signedIn(port, "outreach.lahore", "safar-demo-2026")
                .get("/equipment")
                .statusCode())
        .isEqualTo(403);
    StaffClient viewer = StaffClient.signedIn(port, "viewer", "safar-demo-2026");
    assertThat(viewer.get("/equipment/" + ghana).body()).contains("Ghana Immigration Service");
  }

  @Test
  void csvExportFollowsTheFilters() {
    StaffClient manager = StaffClient.signedIn(port, "manager", "safar-demo-2026");
    HttpResponse<byte[]> csv = manager.download("/equipment/export.csv?kind=MOTORBIKE");
    String text = new String(csv.body(), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFid,handed_over_on,kind,description,quantity");
    assertThat(text).contains("Motorbikes").doesNotContain("Laptops,");
    assertThat(text.lines().count()).isEqualTo(2);
  }
}
