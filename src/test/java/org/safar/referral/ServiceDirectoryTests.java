package org.safar.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.StaffClient.enc;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The service directory: who reads it, who keeps it, search by service and place, bad input. */
@SafarIntegrationTest
class ServiceDirectoryTests {

  static final String PASSWORD = "safar-demo-2026";

  @LocalServerPort int port;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;

  long unit(String code) {
    return orgUnits.findByCode(code).orElseThrow().id();
  }

  long providerNamed(String name) {
    return jdbc.sql("select id from service_provider where name = ?")
        .param(name)
        .query(Long.class)
        .single();
  }

  String provider(long keeper, String name, String extra) {
    return "orgUnitId="
        + keeper
        + "&name="
        + enc(name)
        + "&kind=NGO&services=SHELTER&services=PSYCHOSOCIAL&countries=BD"
        + "&districts="
        + enc("Savar, Narayanganj")
        + "&languages="
        + enc("bn, EN")
        + "&active=true&_active=on"
        + extra;
  }

  @Test
  void aCounsellorFindsProvidersByServicePlaceAndLanguage() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    String shelters = counsellor.get("/referrals/providers?service=SHELTER&country=BD").body();
    assertThat(shelters).contains("Safe Home Dhaka (demo shelter)").doesNotContain("Legal Aid");
    assertThat(counsellor.get("/referrals/providers?district=gazipur").body())
        .contains("Safe Home Dhaka");
    assertThat(counsellor.get("/referrals/providers?language=ps").body())
        .contains("Legal Aid Desk Kabul (demo)")
        .contains("Vocational Training Centre Kabul (demo)")
        .doesNotContain("Safe Home Dhaka");
    assertThat(counsellor.get("/referrals/providers?q=clinic").body())
        .contains("Family Clinic Baghdad (demo)");
    assertThat(counsellor.get("/referrals/providers?service=SHELTER&country=TJ").body())
        .contains("Nothing found");
    long shelter = providerNamed("Safe Home Dhaka (demo shelter)");
    assertThat(counsellor.get("/referrals/providers/" + shelter).body())
        .contains("Yes, as Safe Home Dhaka (demo shelter)")
        .contains("Bangladesh")
        .doesNotContain("id=\"edit-provider\"");
    assertThat(counsellor.get("/referrals/providers/new").statusCode()).isEqualTo(403);
  }

  @Test
  void theProviderItselfReadsTheDirectoryAndFiguresPeopleDoNot() {
    assertThat(
            StaffClient.signedIn(port, "provider.dhaka", PASSWORD)
                .get("/referrals/providers")
                .statusCode())
        .isEqualTo(200);
    assertThat(
            StaffClient.signedIn(port, "mande", PASSWORD).get("/referrals/providers").statusCode())
        .isEqualTo(403);
    assertThat(
            StaffClient.signedIn(port, "viewer", PASSWORD).get("/referrals/providers").statusCode())
        .isEqualTo(403);
  }

  @Test
  void aCoordinatorAddsAndCorrectsAProviderWithHistory() {
    StaffClient coordinator = StaffClient.signedIn(port, "coordinator.dhaka", PASSWORD);
    HttpResponse<String> saved =
        coordinator.postRaw(
            "/referrals/providers/new",
            "/referrals/providers/new",
            provider(
                unit("MRC-DHAKA"), "Aloghar Women's Shelter", "&email=help%40aloghar.example"));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    long id = providerNamed("Aloghar Women's Shelter");
    String page = coordinator.get("/referrals/providers/" + id).body();
    assertThat(page)
        .contains("Shelter")
        .contains("Psychosocial support")
        .contains("Savar, Narayanganj")
        .contains("bn, en")
        .contains("CREATED")
        .contains("id=\"edit-provider\"");

    String edit = "/referrals/providers/" + id + "/edit";
    HttpResponse<String> changed =
        coordinator.postRaw(
            edit,
            edit,
            provider(unit("MRC-DHAKA"), "Aloghar Shelter", "&services=LEGAL_AID&version=0"));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
    assertThat(coordinator.get("/referrals/providers/" + id).body())
        .contains("Aloghar Shelter")
        .contains("Legal aid")
        .contains("UPDATED");
    HttpResponse<String> stale =
        coordinator.postRaw(edit, edit, provider(unit("MRC-DHAKA"), "Typed later", "&version=0"));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body()).contains("Someone else saved").contains("Typed later");
  }

  @Test
  void badInputIsExplainedBesideTheFieldAndNothingIsSaved() {
    StaffClient coordinator = StaffClient.signedIn(port, "coordinator.dhaka", PASSWORD);
    long before = jdbc.sql("select count(*) from service_provider").query(Long.class).single();
    long dhaka = unit("MRC-DHAKA");
    String form = "/referrals/providers/new";
    HttpResponse<String> r =
        coordinator.postRaw(
            form, form, "orgUnitId=" + dhaka + "&name=Nameless&kind=NGO&countries=BD&languages=bn");
    assertThat(r.body()).contains("Choose at least one service");
    r =
        coordinator.postRaw(
            form, form, provider(dhaka, "X", "").replace("countries=BD", "countries=XX"));
    assertThat(r.body()).contains("Choose at least one country");
    r = coordinator.postRaw(form, form, provider(dhaka, "X", "").replace(enc("bn, EN"), "Bengali"));
    assertThat(r.body()).contains("codes such as bn");
    r = coordinator.postRaw(form, form, provider(dhaka, "X", "&email=not-an-address"));
    assertThat(r.body()).contains("name@example.org").contains("not-an-address");
    r = coordinator.postRaw(form, form, provider(unit("MRC-KABUL"), "Elsewhere", ""));
    assertThat(r.body()).contains("Choose a unit of yours");
    r = coordinator.postRaw(form, form, provider(dhaka, "X", "&safarOrgUnitId=" + dhaka));
    assertThat(r.body()).contains("Choose an institution in Safar");
    assertThat(jdbc.sql("select count(*) from service_provider").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void aCoordinatorCannotChangeAProviderKeptElsewhere() {
    StaffClient coordinator = StaffClient.signedIn(port, "coordinator.dhaka", PASSWORD);
    long kabulDesk = providerNamed("Legal Aid Desk Kabul (demo)");
    assertThat(coordinator.get("/referrals/providers/" + kabulDesk).body())
        .doesNotContain("id=\"edit-provider\"");
    String edit = "/referrals/providers/" + kabulDesk + "/edit";
    HttpResponse<String> r =
        coordinator.postRaw(
            "/referrals/providers/new",
            edit,
            provider(unit("MRC-DHAKA"), "Taken over", "&version=0"));
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where actor = 'coordinator.dhaka'"
                        + " and action = 'ACCESS_DENIED' and subject_type = 'service_provider'")
                .query(Long.class)
                .single())
        .isPositive();
    assertThat(coordinator.get("/referrals/providers/999999").statusCode()).isEqualTo(404);
  }
}
