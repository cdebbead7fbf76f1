package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.StaffClient.enc;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What an administrator does with accounts, and what that does to the people behind them. */
@SafarIntegrationTest
class AccountManagementTests {

  static final String DEMO_PASSWORD = SignInTests.DEMO_PASSWORD;

  @LocalServerPort int port;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;

  private long unit(String code) {
    return orgUnits.findByCode(code).orElseThrow().id();
  }

  private long accountId(String username) {
    return jdbc.sql("select id from account where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  private static String unique(String prefix) {
    return prefix + "." + Long.toString(System.nanoTime() % 1_000_000, 36);
  }

  private String newAccountBody(String username, String password, String role, long unit) {
    return "username="
        + enc(username)
        + "&displayName="
        + enc("Test " + username)
        + "&email=&password="
        + enc(password)
        + "&roles="
        + role
        + "&orgUnitIds="
        + unit;
  }

  @Test
  void anAdministratorCreatesAnAccountThatMustChooseItsOwnPassword() {
    StaffClient admin = StaffClient.signedIn(port, "admin", DEMO_PASSWORD);
    String username = unique("counsellor");
    HttpResponse<String> created =
        admin.postRaw(
            "/accounts/new",
            "/accounts/new",
            newAccountBody(username, "temporary passphrase 1", "COUNSELLOR", unit("MRC-CUMILLA")));
    assertThat(created.statusCode()).isEqualTo(302);
    assertThat(
            admin
                .get(
                    created
                        .headers()
                        .firstValue("Location")
                        .orElseThrow()
                        .replaceFirst("^https?://[^/]+", ""))
                .body())
        .contains("Test " + username)
        .contains("MRC Cumilla");

    StaffClient person = StaffClient.signedIn(port, username, "temporary passphrase 1");
    HttpResponse<String> home = person.get("/");
    assertThat(home.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/profile/password"));
    HttpResponse<String> changed =
        person.postForm(
            "/profile/password",
            "/profile/password",
            Map.of(
                "currentPassword",
                "temporary passphrase 1",
                "newPassword",
                "my own passphrase 2",
                "repeatPassword",
                "my own passphrase 2"));
    assertThat(changed.statusCode()).isEqualTo(302);
    assertThat(person.get("/").statusCode()).isEqualTo(200);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where action = 'PASSWORD_CHANGED' and details = ?")
                .param(username)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void badInputIsExplainedAndNothingIsSaved() {
    StaffClient admin = StaffClient.signedIn(port, "admin", DEMO_PASSWORD);
    String username = unique("short");
    HttpResponse<String> r =
        admin.postRaw(
            "/accounts/new",
            "/accounts/new",
            newAccountBody(username, "short", "VIEWER", unit("MRC-DHAKA")));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("The password needs at least 12 characters").contains(username);
    r =
        admin.postRaw(
            "/accounts/new",
            "/accounts/new",
            newAccountBody("admin", "long enough passphrase", "VIEWER", unit("MRC-DHAKA")));
    assertThat(r.body()).contains("Another account already has this user name");
    r =
        admin.postRaw(
            "/accounts/new",
            "/accounts/new",
            "username="
                + username
                + "&displayName=X&password="
                + enc("long enough passphrase")
                + "&orgUnitIds="
                + unit("MRC-DHAKA"));
    assertThat(r.body()).contains("Choose at least one role");
    r =
        admin.postRaw(
            "/accounts/new",
            "/accounts/new",
            "username="
                + username
                + "&displayName=X&password="
                + enc("long enough passphrase")
                + "&roles=VIEWER&orgUnitIds=notanumber");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(
            jdbc.sql("select count(*) from account where username = ?")
                .param(username)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void onlyAdministratorsManageAccounts() {
    StaffClient coordinator = StaffClient.signedIn(port, "coordinator.dhaka", DEMO_PASSWORD);
    HttpResponse<String> r = coordinator.get("/accounts");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).contains("Not allowed").doesNotContain("Exception");
  }

  @Test
  void aCountryAdministratorCannotReachAccountsOutsideTheirCountry() {
    StaffClient admin = StaffClient.signedIn(port, "admin", DEMO_PASSWORD);
    String username = unique("bdadmin");
    admin.postRaw(
        "/accounts/new",
        "/accounts/new",
        newAccountBody(username, "bangladesh passphrase", "ADMINISTRATOR", unit("BD")));
    jdbc.sql("update account set must_change_password = false where username = ?")
        .param(username)
        .update();

    StaffClient countryAdmin = StaffClient.signedIn(port, username, "bangladesh passphrase");
    String list = countryAdmin.get("/accounts").body();
    assertThat(list).contains("Rafiq Hossain").doesNotContain("Mariam Ahmadi");
    long kabul = accountId("counsellor.kabul");
    assertThat(countryAdmin.get("/accounts/" + kabul).statusCode()).isEqualTo(403);
    assertThat(countryAdmin.get("/accounts/" + accountId("counsellor.dhaka")).statusCode())
        .isEqualTo(200);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where actor = ? and action = 'ACCESS_DENIED' and subject_id = ?")
                .params(username, Long.toString(kabul))
                .query(Long.class)
                .single())
        .isEqualTo(1);
    // nor can they hand out org units beyond their own
    HttpResponse<String> r =
        countryAdmin.postRaw(
            "/accounts/new",
            "/accounts/new",
            newAccountBody(unique("kabulx"), "kabul passphrase 1", "VIEWER", unit("MRC-KABUL")));
    assertThat(r.body()).contains("You can only give org units that are within your own");
  }

  @Test
  void twoAdministratorsSavingTheSameAccountSeeAConflictAndLoseNothing() {
    StaffClient admin = StaffClient.signedIn(port, "admin", DEMO_PASSWORD);
    long id = accountId("outreach.lahore");
    int version =
        jdbc.sql("select version from account where id = ?")
            .param(id)
            .query(Integer.class)
            .single();
    String first =
        "displayName="
            + enc("Bilal Q.")
            + "&roles=OUTREACH_OFFICER&orgUnitIds="
            + unit("MRC-LAHORE")
            + "&enabled=true&version="
            + version;
    assertThat(
            admin
                .postRaw("/accounts/" + id + "/edit", "/accounts/" + id + "/edit", first)
                .statusCode())
        .isEqualTo(302);
    String second =
        "displayName="
            + enc("Bilal Qureshi-Khan")
            + "&email="
            + enc("bilal@example.org")
            + "&roles=OUTREACH_OFFICER&orgUnitIds="
            + unit("MRC-LAHORE")
            + "&enabled=true&version="
            + version;
    HttpResponse<String> conflict =
        admin.postRaw("/accounts/" + id + "/edit", "/accounts/" + id + "/edit", second);
    assertThat(conflict.statusCode()).isEqualTo(200);
    assertThat(conflict.body())
        .contains("Someone else saved this record")
        .contains("Bilal Qureshi-Khan")
        .contains("bilal@example.org");
    assertThat(
            jdbc.sql("select display_name from account where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("Bilal Q.");
  }

  @Test
  void disablingAnAccountEndsItsSessionsAndItsSignIns() {
    StaffClient admin = StaffClient.signedIn(port, "admin", DEMO_PASSWORD);
    String username = unique("leaver");
    admin.postRaw(
        "/accounts/new",
        "/accounts/new",
        newAccountBody(username, "leaving passphrase", "VIEWER", unit("MRC-BAGHDAD")));
    jdbc.sql("update account set must_change_password = false where username = ?")
        .param(username)
        .update();
    StaffClient leaver = StaffClient.signedIn(port, username, "leaving passphrase");
    assertThat(leaver.get("/").statusCode()).isEqualTo(200);

    long id = accountId(username);
    assertThat(admin.get("/accounts/" + id + "/disable").body()).contains("Disable the account of");
    assertThat(
            admin
                .postForm("/accounts/" + id + "/disable", "/accounts/" + id + "/disable", Map.of())
                .statusCode())
        .isEqualTo(302);
    assertThat(leaver.get("/").statusCode()).isEqualTo(302);
    HttpResponse<String> again = new StaffClient(port).signIn(username, "leaving passphrase");
    assertThat(again.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("error"));
  }

  @Test
  void anAdministratorCannotDisableThemselves() {
    StaffClient admin = StaffClient.signedIn(port, "admin", DEMO_PASSWORD);
    long self = accountId("admin");
    admin.postForm("/accounts/" + self + "/disable", "/accounts/" + self + "/disable", Map.of());
    assertThat(
            jdbc.sql("select enabled from account where id = ?")
                .param(self)
                .query(Boolean.class)
                .single())
        .isTrue();
  }
}
