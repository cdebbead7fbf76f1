package org.safar.orgunits;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Scope: a person sees their org units and everything beneath them, and nothing else. */
@SafarIntegrationTest
class OrgUnitScopeTests {

  @LocalServerPort int port;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;

  private long id(String code) {
    return orgUnits.findByCode(code).orElseThrow().id();
  }

  @Test
  void theDemoHoldsSevenMrcsInFiveCountriesEachInsideAMinistry() {
    var all = orgUnits.tree(orgUnits.scopeOf(Set.of(orgUnits.network().id())));
    assertThat(
            all.stream().filter(r -> r.unit().kind() == OrgUnitKind.MRC).map(r -> r.unit().city()))
        .contains("Kabul", "Dhaka", "Cumilla", "Baghdad", "Lahore", "Islamabad", "Dushanbe");
    assertThat(
            all.stream()
                .filter(r -> r.unit().kind() == OrgUnitKind.COUNTRY)
                .map(r -> r.unit().countryCode()))
        .containsExactlyInAnyOrder("AF", "BD", "IQ", "PK", "TJ");
    all.stream()
        .filter(r -> r.unit().kind() == OrgUnitKind.MRC)
        .forEach(
            r ->
                assertThat(orgUnits.find(r.unit().parentId()).orElseThrow().kind())
                    .isEqualTo(OrgUnitKind.INSTITUTION));
  }

  @Test
  void aScopeHoldsTheUnitAndEverythingBeneathIt() {
    OrgUnitScope bangladesh = orgUnits.scopeOf(Set.of(id("BD")));
    assertThat(bangladesh.contains(id("MRC-DHAKA"))).isTrue();
    assertThat(bangladesh.contains(id("MRC-CUMILLA"))).isTrue();
    assertThat(bangladesh.contains(id("BD-MOEWOE"))).isTrue();
    assertThat(bangladesh.contains(id("MRC-KABUL"))).isFalse();
    assertThat(bangladesh.global()).isFalse();
    assertThat(orgUnits.scopeOf(Set.of(orgUnits.network().id())).global()).isTrue();
  }

  @Test
  void aCounsellorCannotOpenAnotherCountrysMrcByGuessingItsAddress() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", "safar-demo-2026");
    assertThat(counsellor.get("/orgunits/" + id("MRC-DHAKA")).statusCode()).isEqualTo(200);
    HttpResponse<String> kabul = counsellor.get("/orgunits/" + id("MRC-KABUL"));
    assertThat(kabul.statusCode()).isEqualTo(403);
    assertThat(kabul.body()).doesNotContain("MRC Kabul");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where actor = 'counsellor.dhaka' and action = 'ACCESS_DENIED'"
                        + " and subject_type = 'org_unit' and subject_id = ?")
                .param(Long.toString(id("MRC-KABUL")))
                .query(Long.class)
                .single())
        .isPositive();
    String list = counsellor.get("/orgunits").body();
    assertThat(list)
        .contains("MRC Dhaka")
        .doesNotContain("MRC Kabul")
        .doesNotContain("MRC Cumilla");
  }

  @Test
  void anAdministratorAddsAnMrcAndBadInputIsExplained() {
    StaffClient admin = StaffClient.signedIn(port, "admin", "safar-demo-2026");
    long ministry = id("PK-MOPHRD");
    HttpResponse<String> bad =
        admin.postRaw(
            "/orgunits/new?parent=" + ministry,
            "/orgunits/new",
            "parentId="
                + ministry
                + "&kind=MRC&name=&code=MRC-PESHAWAR&languages="
                + StaffClient.enc("ps, not a tag!"));
    assertThat(bad.statusCode()).isEqualTo(200);
    assertThat(bad.body()).contains("Enter a name");
    HttpResponse<String> ok =
        admin.postRaw(
            "/orgunits/new?parent=" + ministry,
            "/orgunits/new",
            "parentId="
                + ministry
                + "&kind=MRC&name="
                + StaffClient.enc("MRC Peshawar")
                + "&code=MRC-PESHAWAR-T"
                + "&city=Peshawar&languages="
                + StaffClient.enc("ps, ur"));
    assertThat(ok.statusCode()).isEqualTo(302);
    OrgUnit created = orgUnits.findByCode("MRC-PESHAWAR-T").orElseThrow();
    assertThat(created.countryCode()).isEqualTo("PK");
    assertThat(created.languages()).containsExactly("ps", "ur");
  }
}
