package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Signing in and out over real HTTP, with sessions in PostgreSQL. */
@SafarIntegrationTest
class SignInTests {

  static final String DEMO_PASSWORD = "safar-demo-2026";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;

  @Test
  void demoCounsellorSignsInAndTheSessionIsKeptInPostgres() {
    StaffClient client = StaffClient.signedIn(port, "counsellor.dhaka", DEMO_PASSWORD);
    HttpResponse<String> home = client.get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Rafiq Hossain");
    assertThat(
            jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param("counsellor.dhaka")
                .query(Long.class)
                .single())
        .isPositive();
    assertThat(
            jdbc.sql(
                    "select max(max_inactive_interval) from spring_session where principal_name = ?")
                .param("counsellor.dhaka")
                .query(Integer.class)
                .single())
        .as("sessions time out after 30 minutes of inactivity")
        .isEqualTo(1800);
    // counsellors get no account management in their navigation
    assertThat(home.body()).doesNotContain("href=\"/accounts\"");
  }

  @Test
  void wrongPasswordAndUnknownUserReadTheSame() {
    StaffClient client = new StaffClient(port);
    HttpResponse<String> wrong = client.signIn("viewer", "not-the-password");
    assertThat(wrong.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
    String wrongPage = client.get("/login?error").body();
    client.signIn("nobody-here", "not-the-password");
    String unknownPage = client.get("/login?error").body();
    assertThat(wrongPage).contains("The user name or password is not right");
    assertThat(unknownPage).contains("The user name or password is not right");
    assertThat(unknownPage).doesNotContain("locked");
  }

  @Test
  void repeatedFailuresLockTheAccountAndSayWhenItUnlocks() {
    String username = "lockme." + System.nanoTime() % 100000;
    long mrc = orgUnits.findByCode("MRC-DHAKA").orElseThrow().id();
    accounts.createInitial(
        new AccountDraft(username, "Lock Me", null, EnumSet.of(Role.VIEWER), Set.of(mrc)),
        "a perfectly good passphrase");
    StaffClient client = new StaffClient(port);
    for (int i = 0; i < 3; i++) {
      client.signIn(username, "wrong password " + i);
    }
    // even the right password is refused while the lock lasts
    HttpResponse<String> right = client.signIn(username, "a perfectly good passphrase");
    assertThat(right.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).contains("error"));
    String page = client.get("/login?error").body();
    assertThat(page).contains("This account is locked").contains("UTC");
  }

  @Test
  void aFormPostWithoutCsrfTokenIsRefused() {
    StaffClient client = new StaffClient(port);
    HttpResponse<String> r =
        client.post("/login", Map.of("username", "admin", "password", DEMO_PASSWORD));
    assertThat(r.statusCode()).isEqualTo(403);
  }

  @Test
  void everyPageCarriesAStrictContentSecurityPolicy() {
    HttpResponse<String> login = new StaffClient(port).get("/login");
    assertThat(login.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            csp ->
                assertThat(csp)
                    .contains("script-src 'self'")
                    .doesNotContain("unsafe-inline")
                    .doesNotContain("unsafe-eval"));
    assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(login.body()).doesNotContainPattern("<script>[^<]");
    assertThat(login.body()).doesNotContain("style=\"");
  }

  @Test
  void signingOutEndsTheSession() {
    StaffClient client = StaffClient.signedIn(port, "viewer", DEMO_PASSWORD);
    assertThat(client.get("/").statusCode()).isEqualTo(200);
    client.postForm("/", "/logout", Map.of());
    HttpResponse<String> after = client.get("/");
    assertThat(after.statusCode()).isEqualTo(302);
    assertThat(after.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
  }

  @Test
  void passwordsAreStoredAsBcryptHashes() {
    String hash =
        jdbc.sql("select password_hash from account where username = 'admin'")
            .query(String.class)
            .single();
    assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(DEMO_PASSWORD);
  }
}
