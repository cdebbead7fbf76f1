package org.safar.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every demo account (one per role, and a caseworker and supervisor at two MRCs) × every page and
 * file that can show a client × a protected case at Dhaka and one at Dushanbe, so each person meets
 * a case of their own MRC and one of another. Only the case's caseworker and supervisor may be
 * served anything that says who the person is; the shelter's staff see the name the client agreed
 * to share, on the referral sent to them. Any other identifying string in any response is a leak.
 */
@SafarIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProtectedCaseAccessMatrixTests {

  static final List<String> USERS =
      List.of(
          "admin",
          "manager",
          "mande",
          "coordinator.dhaka",
          "counsellor.dhaka",
          "counsellor.kabul",
          "outreach.lahore",
          "caseworker.dushanbe",
          "supervisor.dushanbe",
          "caseworker.dhaka",
          "supervisor.dhaka",
          "provider.dhaka",
          "dpo",
          "editor",
          "viewer");

  /** Every GET that reads a client or something recorded about one; {c} etc. are filled in. */
  static final List<String> PATHS =
      List.of(
          "/counselling/clients/{client}",
          "/counselling/clients/{client}/edit",
          "/counselling/clients/{client}/sessions/new",
          "/counselling/clients/{client}/merge",
          "/counselling/clients/{client}/erase",
          "/counselling/clients/{client}/protect",
          "/counselling/sessions/{session}/edit",
          "/counselling/follow-ups/{followUp}",
          "/counselling/inquiries/{inquiry}",
          "/counselling/groups/{group}",
          "/referrals/clients/{client}",
          "/referrals/new?client={client}",
          "/referrals/{referral}",
          "/referrals/{referral}/edit",
          "/referrals/{referral}/form.pdf",
          "/counselling/clients?q={name}",
          "/counselling/clients?q={phoneDigits}",
          "/counselling/clients?q={district}",
          "/counselling/clients?mrc={mrc}&sort=NAME",
          "/counselling/clients?mrc={mrc}",
          "/counselling/sessions?mrc={mrc}",
          "/counselling/inquiries?mrc={mrc}",
          "/counselling/inquiries?q={question}",
          "/counselling/follow-ups",
          "/counselling",
          "/counselling/mrcs/{mrc}",
          "/counselling/clients/export.csv?mrc={mrc}",
          "/counselling/clients/export.csv?q={name}",
          "/counselling/sessions/export.csv?mrc={mrc}",
          "/counselling/inquiries/export.csv?mrc={mrc}",
          "/referrals",
          "/counselling/protected",
          "/audit?q={client}");

  @LocalServerPort int port;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;

  final Map<String, StaffClient> people = new ConcurrentHashMap<>();
  final Map<String, ProtectedCaseFixture> cases = new ConcurrentHashMap<>();
  final AtomicInteger checked = new AtomicInteger();

  StaffClient as(String user) {
    return people.computeIfAbsent(
        user, u -> StaffClient.signedIn(port, u, ProtectedCaseFixture.PASSWORD));
  }

  @BeforeAll
  void twoProtectedCases() {
    long shelter =
        jdbc.sql("select id from service_provider where name = ?")
            .param("Safe Home Dhaka (demo shelter)")
            .query(Long.class)
            .single();
    cases.put(
        "DHAKA",
        ProtectedCaseFixture.build(
            jdbc,
            "Mx" + System.nanoTime() % 100000,
            "MRC-DHAKA",
            orgUnits.findByCode("MRC-DHAKA").orElseThrow().id(),
            "counsellor.dhaka",
            as("counsellor.dhaka"),
            as("caseworker.dhaka"),
            "caseworker.dhaka",
            "supervisor.dhaka",
            shelter));
    StaffClient dushanbe = as("caseworker.dushanbe");
    cases.put(
        "DUSHANBE",
        ProtectedCaseFixture.build(
            jdbc,
            "Mt" + System.nanoTime() % 100000,
            "MRC-DUSHANBE",
            orgUnits.findByCode("MRC-DUSHANBE").orElseThrow().id(),
            "caseworker.dushanbe",
            dushanbe,
            dushanbe,
            "caseworker.dushanbe",
            "supervisor.dushanbe",
            null));
  }

  static Set<String> team(String kase) {
    return kase.equals("DHAKA")
        ? Set.of("caseworker.dhaka", "supervisor.dhaka")
        : Set.of("caseworker.dushanbe", "supervisor.dushanbe");
  }

  Stream<Arguments> combinations() {
    List<Arguments> all = new ArrayList<>();
    for (String user : USERS) {
      for (String kase : List.of("DHAKA", "DUSHANBE")) {
        for (String path : PATHS) {
          if (kase.equals("DUSHANBE") && path.contains("{referral}")) {
            continue; // the Dushanbe case was not referred
          }
          all.add(Arguments.of(user, kase, path));
        }
      }
    }
    return all.stream();
  }

  String fill(String path, ProtectedCaseFixture f) {
    return path.replace("{client}", String.valueOf(f.client))
        .replace("{session}", String.valueOf(f.session))
        .replace("{followUp}", String.valueOf(f.followUp))
        .replace("{inquiry}", String.valueOf(f.inquiry))
        .replace("{group}", String.valueOf(f.group))
        .replace("{referral}", String.valueOf(f.referral))
        .replace("{mrc}", String.valueOf(f.mrc))
        .replace("{name}", f.name())
        .replace("{phoneDigits}", f.phone().replaceAll("\\D", "").substring(6))
        .replace("{district}", f.district())
        .replace("{question}", f.question());
  }

  @ParameterizedTest(name = "{0} · {1} · {2}")
  @MethodSource("combinations")
  void nothingIdentifyingReachesAnyoneOutsideTheCase(String user, String kase, String path) {
    ProtectedCaseFixture f = cases.get(kase);
    StaffClient.Read r = as(user).read(fill(path, f));
    checked.incrementAndGet();
    assertThat(r.status()).as("no error page").isLessThan(500);
    if (team(kase).contains(user)) {
      return;
    }
    List<String> allowed = new ArrayList<>();
    if (user.equals("provider.dhaka") && path.equals("/referrals/{referral}")) {
      allowed.add(f.name()); // shared with the shelter under the client's consent
    }
    String body = r.text();
    if (path.contains("q={")) {
      // the search box and the links that keep the filter show what the person typed; the
      // results must not
      String typed = fill(path, f).replaceAll(".*q=", "");
      body = body.replace("value=\"" + typed + "\"", "").replace("q=" + typed, "");
    }
    for (String secret : f.secrets()) {
      if (!allowed.contains(secret)) {
        assertThat(body).as(user + " reading " + path + ": " + secret).doesNotContain(secret);
      }
    }
  }

  @ParameterizedTest(name = "{0} · {1}")
  @MethodSource("teamAndCase")
  void theCaseTeamSeesThePerson(String user, String kase) {
    ProtectedCaseFixture f = cases.get(kase);
    String page = as(user).get("/counselling/clients/" + f.client).body();
    assertThat(page).contains(f.name(), f.phone(), f.district(), f.notes());
    String csv = as(user).get("/counselling/clients/export.csv?mrc=" + f.mrc).body();
    assertThat(csv).contains(f.name());
  }

  Stream<Arguments> teamAndCase() {
    return Stream.of(
        Arguments.of("caseworker.dhaka", "DHAKA"),
        Arguments.of("supervisor.dhaka", "DHAKA"),
        Arguments.of("caseworker.dushanbe", "DUSHANBE"),
        Arguments.of("supervisor.dushanbe", "DUSHANBE"));
  }

  /** What a person outside the case might try to change; each is refused and changes nothing. */
  @ParameterizedTest(name = "{0} · {1}")
  @MethodSource("changes")
  void nobodyOutsideTheCaseChangesIt(String user, String action) {
    ProtectedCaseFixture f = cases.get("DHAKA");
    int before = version(f.client);
    String path = fill(action, f);
    HttpResponse<String> r =
        as(user)
            .postRaw(
                "/counselling/clients",
                path,
                "version="
                    + before
                    + "&mrcId="
                    + f.mrc
                    + "&fullName=Changed&migrantStatus=RETURNED&channel=WALK_IN&heldOn=2026-01-01"
                    + "&durationMinutes=10&topics=VISAS&reason=SGBV&role=CASEWORKER&to=1"
                    + "&providerId=1&service=SHELTER&givenOn=2026-01-01&method=WRITTEN"
                    + "&services=SHELTER");
    checked.incrementAndGet();
    assertThat(r.statusCode()).as(user + " posting " + path).isIn(400, 403, 404);
    assertThat(version(f.client)).isEqualTo(before);
    for (String secret : f.secrets()) {
      assertThat(r.body()).doesNotContain(secret);
    }
  }

  Stream<Arguments> changes() {
    List<String> actions =
        List.of(
            "/counselling/clients/{client}/edit",
            "/counselling/clients/{client}/sessions/new",
            "/counselling/clients/{client}/protect",
            "/counselling/clients/{client}/protection/offer",
            "/counselling/clients/{client}/protection/close",
            "/counselling/clients/{client}/protection/accept",
            "/referrals/clients/{client}/consents",
            "/referrals/new?client={client}",
            "/referrals/{referral}/revoke");
    List<Arguments> all = new ArrayList<>();
    for (String user :
        List.of("admin", "coordinator.dhaka", "counsellor.dhaka", "caseworker.dushanbe")) {
      for (String a : actions) {
        all.add(Arguments.of(user, a));
      }
    }
    return all.stream();
  }

  int version(long client) {
    return jdbc.sql(
            "select c.version + coalesce(p.version, 0) from client c"
                + " left join protected_case p on p.client_id = c.id where c.id = ?")
        .param(client)
        .query(Integer.class)
        .single();
  }

  @AfterAll
  void report() {
    System.out.println(
        "Protected-case access matrix: "
            + checked.get()
            + " combinations of account × page × case checked; none served an identifying field.");
  }
}
