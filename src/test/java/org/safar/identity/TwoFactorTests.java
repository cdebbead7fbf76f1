package org.safar.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.StaffClient.location;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two-factor sign-in over real HTTP, in an application of its own where the requirement is on as
 * shipped (the shared integration tests turn it off). Codes are computed here from the secret the
 * setup page shows; the clock moves 30 seconds before each code, so every code is from a fresh time
 * step and the replay rule does not get in the way.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "safar.db.data-dir=target/test-data-two-factor",
      "safar.db.clean-start=true",
      "safar.demo.enabled=true",
      "safar.security.max-failed-logins=3",
      "safar.security.sign-ins-per-address=10000",
      "spring.thymeleaf.cache=false"
    })
@Import(TwoFactorTests.TestClock.class)
class TwoFactorTests {

  static final String PASSWORD = "a perfectly good passphrase";
  static final String SETUP = PendingSignIn.ENROL_PATH;
  static final String CODE = PendingSignIn.CODE_PATH;
  private static final Pattern SECRET = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<");
  private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
  private static final Pattern RECOVERY =
      Pattern.compile("<code>([a-z2-7]{4}(?:-[a-z2-7]{4}){3})</code>");

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;
  @Autowired MovableClock clock;

  /** Real time plus an offset that tests move forward. */
  static class MovableClock extends Clock {
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    void advance(Duration by) {
      offset.accumulateAndGet(by, Duration::plus);
    }

    @Override
    public Instant instant() {
      return Instant.now().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }

  @TestConfiguration(proxyBeanMethods = false)
  static class TestClock {

    @Bean
    @Primary
    MovableClock movableClock() {
      return new MovableClock();
    }
  }

  /** A person who set up an authenticator: its secret and the recovery codes shown once. */
  record Enrolled(StaffClient client, byte[] secret, String base32, List<String> recoveryCodes) {}

  // --- fixtures

  private String newAccount(String prefix, Role role, String unitCode) {
    String username = prefix + "." + Long.toString(System.nanoTime() % 1_000_000, 36);
    long unit = orgUnits.findByCode(unitCode).orElseThrow().id();
    accounts.createInitial(
        new AccountDraft(username, "Test " + username, null, EnumSet.of(role), Set.of(unit)),
        PASSWORD);
    return username;
  }

  private String newAdministrator() {
    return newAccount("admin2fa", Role.ADMINISTRATOR, "NETWORK");
  }

  /** A code from a time step no code was taken from before. */
  private String freshCode(byte[] secret) {
    clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
    return Totp.code(secret, Totp.step(clock.instant()));
  }

  /** A six-digit code that is none of the codes accepted now. */
  private String wrongCode(byte[] secret) {
    long now = Totp.step(clock.instant());
    Set<String> accepted =
        Set.of(Totp.code(secret, now - 1), Totp.code(secret, now), Totp.code(secret, now + 1));
    for (int i = 0; ; i++) {
      String candidate = String.format("%06d", (123_456 + i * 7_919) % 1_000_000);
      if (!accepted.contains(candidate)) {
        return candidate;
      }
    }
  }

  private static String find(Pattern pattern, String page) {
    Matcher m = pattern.matcher(page);
    assertThat(m.find()).as(pattern + " on the page").isTrue();
    return m.group(1);
  }

  /** Signs in with the password and sets up an authenticator on the page it is sent to. */
  private Enrolled signInAndEnrol(String username) {
    StaffClient client = new StaffClient(port);
    HttpResponse<String> signIn = client.signIn(username, PASSWORD);
    assertThat(location(signIn)).isEqualTo(SETUP);
    return enrol(client);
  }

  private Enrolled enrol(StaffClient client) {
    String page = client.get(SETUP).body();
    String base32 = find(SECRET, page).replace(" ", "");
    byte[] secret = Base32.decode(base32);
    HttpResponse<String> done =
        client.postForm(
            SETUP, SETUP, Map.of("token", find(TOKEN, page), "code", freshCode(secret)));
    assertThat(done.statusCode()).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    Matcher m = RECOVERY.matcher(done.body());
    while (m.find()) {
      codes.add(m.group(1));
    }
    return new Enrolled(client, secret, base32, codes);
  }

  private StaffClient signInWithCode(String username, byte[] secret) {
    StaffClient client = new StaffClient(port);
    assertThat(location(client.signIn(username, PASSWORD))).isEqualTo(CODE);
    HttpResponse<String> done = client.enterCode(freshCode(secret));
    assertThat(location(done)).isEqualTo("/");
    return client;
  }

  private long accountId(String username) {
    return jdbc.sql("select id from account where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  private int failedLogins(String username) {
    return jdbc.sql("select failed_logins from account where username = ?")
        .param(username)
        .query(Integer.class)
        .single();
  }

  private long audited(String action, String username) {
    return jdbc.sql(
            "select count(*) from audit_event where action = ? and subject_type = 'account'"
                + " and subject_id = ?")
        .params(action, String.valueOf(accountId(username)))
        .query(Long.class)
        .single();
  }

  private boolean enabled(String username) {
    return jdbc.sql(
            "select exists (select 1 from account_two_factor t join account a"
                + " on a.id = t.account_id where a.username = ?)")
        .param(username)
        .query(Boolean.class)
        .single();
  }

  // --- the tests

  @Test
  void anAdministratorWithoutTwoFactorMustSetItUpBeforeAnythingElse() {
    String admin = newAdministrator();
    StaffClient client = new StaffClient(port);
    assertThat(location(client.signIn(admin, PASSWORD))).isEqualTo(SETUP);
    for (String path : List.of("/accounts", "/audit", "/", "/profile", "/profile/password", CODE)) {
      HttpResponse<String> r = client.get(path);
      assertThat(r.statusCode()).as(path).isEqualTo(302);
      assertThat(location(r)).as(path).isEqualTo(SETUP);
    }
    // nor can it post anywhere else, e.g. create an account
    HttpResponse<String> post =
        client.postForm(SETUP, "/accounts/new", Map.of("username", "sneaky.one"));
    assertThat(location(post)).isEqualTo(SETUP);
    String page = client.get(SETUP).body();
    assertThat(page)
        .contains("Your role requires two-factor sign-in")
        .contains("data:image/svg+xml;base64,")
        .contains("autocomplete=\"one-time-code\"")
        .contains("inputmode=\"numeric\"")
        .as("no sections in the navigation before the second step")
        .doesNotContain("class=\"main-nav\"");
    String base32 = find(SECRET, page).replace(" ", "");
    assertThat(base32).hasSize(32); // 160 bits
    String token = find(TOKEN, page);
    assertThat(token).doesNotContain(base32);
  }

  @Test
  void aWrongCodeAtSetupIsRefusedAndNothingIsSaved() {
    String admin = newAdministrator();
    StaffClient client = new StaffClient(port);
    client.signIn(admin, PASSWORD);
    String page = client.get(SETUP).body();
    String base32 = find(SECRET, page);
    byte[] secret = Base32.decode(base32);
    HttpResponse<String> wrong =
        client.postForm(
            SETUP, SETUP, Map.of("token", find(TOKEN, page), "code", wrongCode(secret)));
    assertThat(wrong.statusCode()).isEqualTo(200);
    assertThat(wrong.body())
        .contains("This code does not match")
        .contains("aria-invalid=\"true\"")
        .as("the same secret again, so the app need not be set up twice")
        .contains(base32);
    assertThat(enabled(admin)).isFalse();
    assertThat(location(client.get("/accounts"))).isEqualTo(SETUP);
    // a token altered in the form does not set anything up either
    HttpResponse<String> tampered =
        client.postForm(
            SETUP, SETUP, Map.of("token", "AAAA" + find(TOKEN, page), "code", "123456"));
    assertThat(tampered.body()).contains("Setting up was interrupted");
    assertThat(enabled(admin)).isFalse();
  }

  @Test
  void theRightCodeTurnsItOnShowsTenRecoveryCodesAndSignsIn() {
    String admin = newAdministrator();
    Enrolled enrolled = signInAndEnrol(admin);
    assertThat(enrolled.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
    assertThat(enabled(admin)).isTrue();
    assertThat(audited("TWO_FACTOR_ENABLED", admin)).isEqualTo(1);
    assertThat(enrolled.client().get("/accounts").statusCode()).isEqualTo(200);
    HttpResponse<String> profile = enrolled.client().get("/profile");
    assertThat(profile.body())
        .contains("On since")
        .contains("10 unused")
        .doesNotContain("id=\"disable-two-factor\"");
    // the recovery codes were shown once: they are on no page now
    for (String path : List.of("/profile", "/", "/accounts/" + accountId(admin))) {
      assertThat(enrolled.client().get(path).body())
          .doesNotContain(enrolled.recoveryCodes().get(0));
    }
  }

  @Test
  void theNextSignInAsksForACodeAndAWrongOneCountsAsAFailedSignIn() {
    String admin = newAdministrator();
    Enrolled enrolled = signInAndEnrol(admin);

    StaffClient client = new StaffClient(port);
    assertThat(location(client.signIn(admin, PASSWORD))).isEqualTo(CODE);
    assertThat(location(client.get("/accounts"))).isEqualTo(CODE);
    assertThat(location(client.get(SETUP))).isEqualTo(CODE);
    assertThat(client.get(CODE).body())
        .contains("Enter your sign-in code")
        .contains("autocomplete=\"one-time-code\"")
        .contains("inputmode=\"numeric\"");

    HttpResponse<String> wrong = client.enterCode(wrongCode(enrolled.secret()));
    assertThat(wrong.statusCode()).isEqualTo(200);
    assertThat(wrong.body()).contains("This code is not right or was used already");
    assertThat(failedLogins(admin)).isEqualTo(1);
    assertThat(location(client.get("/accounts"))).isEqualTo(CODE);

    String code = freshCode(enrolled.secret());
    HttpResponse<String> right = client.enterCode(code);
    assertThat(location(right)).isEqualTo("/");
    assertThat(failedLogins(admin)).as("a right code clears the count").isZero();
    assertThat(client.get("/accounts").statusCode()).isEqualTo(200);

    // the same code a second time, in another sign-in within its window, is refused
    StaffClient again = new StaffClient(port);
    again.signIn(admin, PASSWORD);
    HttpResponse<String> replay = again.enterCode(code);
    assertThat(replay.statusCode()).isEqualTo(200);
    assertThat(replay.body()).contains("This code is not right or was used already");
    assertThat(location(again.get("/accounts"))).isEqualTo(CODE);
  }

  @Test
  void enoughWrongCodesLockTheAccountLikeWrongPasswords() {
    String admin = newAdministrator();
    Enrolled enrolled = signInAndEnrol(admin);
    StaffClient client = new StaffClient(port);
    client.signIn(admin, PASSWORD);
    client.enterCode(wrongCode(enrolled.secret()));
    client.enterCode(wrongCode(enrolled.secret()));
    // a right password in between does not clear the count
    StaffClient other = new StaffClient(port);
    assertThat(location(other.signIn(admin, PASSWORD))).isEqualTo(CODE);
    assertThat(failedLogins(admin)).isEqualTo(2);
    HttpResponse<String> third = client.enterCode(wrongCode(enrolled.secret()));
    assertThat(location(third)).isEqualTo("/login?error");
    assertThat(client.get("/login?error").body()).contains("This account is locked");
    // the other half-signed-in session cannot go on guessing, not even with the right code
    HttpResponse<String> late = other.enterCode(freshCode(enrolled.secret()));
    assertThat(location(late)).isEqualTo("/login?error");
    assertThat(location(other.get("/accounts"))).isEqualTo("/login");
    // and the password alone is refused while the lock lasts
    assertThat(location(new StaffClient(port).signIn(admin, PASSWORD))).isEqualTo("/login?error");
    assertThat(audited("SIGN_IN_FAILED", admin)).isGreaterThanOrEqualTo(3);
  }

  @Test
  void aRecoveryCodeWorksOnceInsteadOfACode() {
    String admin = newAdministrator();
    Enrolled enrolled = signInAndEnrol(admin);
    String recovery = enrolled.recoveryCodes().get(3);

    StaffClient client = new StaffClient(port);
    client.signIn(admin, PASSWORD);
    HttpResponse<String> used = client.enterRecoveryCode(recovery.toUpperCase());
    assertThat(location(used)).isEqualTo("/");
    assertThat(client.get("/accounts").statusCode()).isEqualTo(200);
    assertThat(audited("TWO_FACTOR_RECOVERY_CODE_USED", admin)).isEqualTo(1);
    assertThat(client.get("/profile").body()).contains("9 unused");

    StaffClient again = new StaffClient(port);
    again.signIn(admin, PASSWORD);
    HttpResponse<String> reused = again.enterRecoveryCode(recovery);
    assertThat(reused.statusCode()).isEqualTo(200);
    assertThat(reused.body()).contains("This recovery code is not right or was used already");
    assertThat(location(again.get("/"))).isEqualTo(CODE);
  }

  @Test
  void newRecoveryCodesReplaceTheOldOnes() {
    String admin = newAdministrator();
    Enrolled enrolled = signInAndEnrol(admin);
    StaffClient client = enrolled.client();
    HttpResponse<String> refused =
        client.postForm(
            "/profile/two-factor/recovery-codes",
            "/profile/two-factor/recovery-codes",
            Map.of("currentCode", wrongCode(enrolled.secret())));
    assertThat(refused.body()).contains("This code is not right or was used already");
    HttpResponse<String> renewed =
        client.postForm(
            "/profile/two-factor/recovery-codes",
            "/profile/two-factor/recovery-codes",
            Map.of("currentCode", freshCode(enrolled.secret())));
    List<String> fresh = new ArrayList<>();
    Matcher m = RECOVERY.matcher(renewed.body());
    while (m.find()) {
      fresh.add(m.group(1));
    }
    assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
    assertThat(audited("TWO_FACTOR_RECOVERY_CODES_RENEWED", admin)).isEqualTo(1);

    StaffClient old = new StaffClient(port);
    old.signIn(admin, PASSWORD);
    assertThat(old.enterRecoveryCode(enrolled.recoveryCodes().get(0)).statusCode()).isEqualTo(200);
    assertThat(location(old.enterRecoveryCode(fresh.get(0)))).isEqualTo("/");
  }

  @Test
  void anOptInCounsellorSignsInWithThePasswordAloneAndMayTurnItOnAndOff() {
    StaffClient counsellor =
        StaffClient.signedIn(port, "counsellor.dhaka", SignInTests.DEMO_PASSWORD);
    assertThat(counsellor.get("/").statusCode()).isEqualTo(200);
    String profile = counsellor.get("/profile").body();
    assertThat(profile).contains("Optional").contains("id=\"enable-two-factor\"");

    String username = newAccount("optin", Role.COUNSELLOR, "MRC-DHAKA");
    StaffClient person = StaffClient.signedIn(port, username, PASSWORD);
    assertThat(person.get("/").statusCode()).isEqualTo(200);
    Enrolled enrolled = enrol(person);
    assertThat(enrolled.recoveryCodes()).hasSize(10);
    StaffClient next = signInWithCode(username, enrolled.secret());
    assertThat(next.get("/profile").body()).contains("id=\"disable-two-factor\"");

    HttpResponse<String> off =
        next.postForm(
            "/profile/two-factor/disable",
            "/profile/two-factor/disable",
            Map.of("currentCode", freshCode(enrolled.secret())));
    assertThat(location(off)).isEqualTo("/profile");
    assertThat(enabled(username)).isFalse();
    assertThat(audited("TWO_FACTOR_DISABLED", username)).isEqualTo(1);
    assertThat(location(new StaffClient(port).signIn(username, PASSWORD))).isEqualTo("/");
  }

  @Test
  void aRequiredRoleCannotTurnItOff() {
    String admin = newAdministrator();
    Enrolled enrolled = signInAndEnrol(admin);
    HttpResponse<String> off =
        enrolled
            .client()
            .postForm(
                "/profile/two-factor/disable",
                "/profile/two-factor/disable",
                Map.of("currentCode", freshCode(enrolled.secret())));
    assertThat(off.statusCode()).isEqualTo(200);
    assertThat(off.body()).contains("Your roles require two-factor sign-in");
    assertThat(enabled(admin)).isTrue();
  }

  @Test
  void anAdministratorsResetSendsThePersonBackToSetUpAndIsAudited() {
    Enrolled admin = signInAndEnrol(newAdministrator());
    String caseworker = newAccount("caseworker2fa", Role.PROTECTION_CASEWORKER, "MRC-DHAKA");
    Enrolled person = signInAndEnrol(caseworker);
    assertThat(person.client().get("/").statusCode()).isEqualTo(200);

    long id = accountId(caseworker);
    String page = admin.client().get("/accounts/" + id).body();
    assertThat(page).contains("On since").contains("id=\"reset-two-factor\"");
    HttpResponse<String> reset =
        admin
            .client()
            .postForm(
                "/accounts/" + id + "/two-factor/reset",
                "/accounts/" + id + "/two-factor/reset",
                Map.of());
    assertThat(location(reset)).isEqualTo("/accounts/" + id);
    assertThat(enabled(caseworker)).isFalse();
    assertThat(audited("TWO_FACTOR_RESET", caseworker)).isEqualTo(1);
    assertThat(admin.client().get("/accounts/" + id).body())
        .contains("they set it up at their next sign-in");
    // their session ended, and the next sign-in leads to setting up a new authenticator
    assertThat(location(person.client().get("/"))).isEqualTo("/login");
    Enrolled again = signInAndEnrol(caseworker);
    assertThat(again.secret()).isNotEqualTo(person.secret());
  }

  @Test
  void theSecretIsStoredEncryptedAndShownOnNoPageAfterSetUp() {
    String admin = newAdministrator();
    Enrolled enrolled = signInAndEnrol(admin);
    byte[] stored =
        jdbc.sql("select secret_encrypted from account_two_factor where account_id = ?")
            .param(accountId(admin))
            .query(byte[].class)
            .single();
    String storedText = new String(stored, StandardCharsets.ISO_8859_1);
    assertThat(storedText)
        .doesNotContain(new String(enrolled.secret(), StandardCharsets.ISO_8859_1))
        .doesNotContain(enrolled.base32());
    assertThat(HexFormat.of().formatHex(stored))
        .doesNotContain(HexFormat.of().formatHex(enrolled.secret()));
    assertThat(Files.exists(Path.of("target/test-data-two-factor", SecretCipher.KEY_FILE)))
        .isTrue();
    List<String> hashes =
        jdbc.sql("select code_hash from account_recovery_code where account_id = ?")
            .param(accountId(admin))
            .query(String.class)
            .list();
    assertThat(hashes).hasSize(10).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
    assertThat(hashes).contains(RecoveryCodes.hash(enrolled.recoveryCodes().get(0)));

    String spaced = String.join(" ", enrolled.base32().split("(?<=\\G.{4})"));
    for (String path :
        List.of("/profile", "/", "/accounts/" + accountId(admin), "/audit", "/audit?q=" + admin)) {
      String body = enrolled.client().get(path).body();
      assertThat(body).as(path).doesNotContain(enrolled.base32()).doesNotContain(spaced);
    }
    // nor is it anywhere in the sessions kept in PostgreSQL
    List<byte[]> sessionData =
        jdbc.sql("select attribute_bytes from spring_session_attributes")
            .query(byte[].class)
            .list();
    for (byte[] data : sessionData) {
      String text = new String(data, StandardCharsets.ISO_8859_1);
      assertThat(text).doesNotContain(enrolled.base32()).doesNotContain(spaced);
    }
  }

  @Test
  void aSecretThatNoLongerDecryptsLeavesTheRecoveryCodesWorking() {
    String admin = newAdministrator();
    Enrolled enrolled = signInAndEnrol(admin);
    // as if the key had been lost: the stored secret no longer opens
    jdbc.sql("update account_two_factor set secret_encrypted = ? where account_id = ?")
        .params(new byte[40], accountId(admin))
        .update();
    StaffClient client = new StaffClient(port);
    client.signIn(admin, PASSWORD);
    HttpResponse<String> code = client.enterCode(freshCode(enrolled.secret()));
    assertThat(code.statusCode()).isEqualTo(200);
    assertThat(code.body()).contains("This code is not right");
    assertThat(location(client.enterRecoveryCode(enrolled.recoveryCodes().get(0)))).isEqualTo("/");
    // signed in, the person sets up the app again, confirming with another recovery code
    String page = client.get(SETUP).body();
    byte[] secret = Base32.decode(find(SECRET, page));
    HttpResponse<String> again =
        client.postForm(
            SETUP,
            SETUP,
            Map.of(
                "token",
                find(TOKEN, page),
                "code",
                freshCode(secret),
                "currentCode",
                enrolled.recoveryCodes().get(1)));
    assertThat(again.body()).contains("Your recovery codes");
    signInWithCode(admin, secret);
  }
}
