package org.safar.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.StaffClient.enc;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
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
 * Every demo account (one per role) × every referral page × a referral of their own MRC, one of
 * another MRC, and (for the shelter's staff) one sent to them or not: who may look, and that a
 * refused look shows no client name. Steps that change a referral are checked as posts that must be
 * refused without changing anything.
 */
@SafarIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralAccessMatrixTests {

  static final String PASSWORD = "safar-demo-2026";
  static final String CLIENT_NAME = "Matrixclient Dhaka";

  @LocalServerPort int port;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;

  final Map<String, StaffClient> people = new ConcurrentHashMap<>();
  long client;
  long draftToShelter;
  long sentToShelter;
  long sentToLegalAid;

  StaffClient as(String user) {
    return people.computeIfAbsent(user, u -> StaffClient.signedIn(port, u, PASSWORD));
  }

  long provider(String name) {
    return jdbc.sql("select id from service_provider where name = ?")
        .param(name)
        .query(Long.class)
        .single();
  }

  long lastReferral() {
    return jdbc.sql("select max(id) from referral").query(Long.class).single();
  }

  @BeforeAll
  void someReferralsAtDhaka() {
    StaffClient counsellor = as("counsellor.dhaka");
    long mrc = orgUnits.findByCode("MRC-DHAKA").orElseThrow().id();
    counsellor.postRaw(
        "/counselling/clients/new",
        "/counselling/clients/new",
        "mrcId="
            + mrc
            + "&fullName="
            + enc(CLIENT_NAME)
            + "&migrantStatus=RETURNED&notDuplicate=true");
    client =
        jdbc.sql("select id from client where full_name = ?")
            .param(CLIENT_NAME)
            .query(Long.class)
            .single();
    String page = "/referrals/clients/" + client;
    counsellor.postRaw(
        page,
        page + "/consents",
        "services=SHELTER&services=LEGAL_AID&givenOn="
            + LocalDate.now()
            + "&expiresOn="
            + LocalDate.now().plusYears(1)
            + "&method=WRITTEN&shareName=true&_shareName=on&_sharePhone=on&_shareDetails=on");
    draftToShelter =
        refer(counsellor, provider("Safe Home Dhaka (demo shelter)"), "SHELTER", false);
    sentToShelter = refer(counsellor, provider("Safe Home Dhaka (demo shelter)"), "SHELTER", true);
    sentToLegalAid =
        refer(
            counsellor, provider("Legal Aid for Migrant Workers Dhaka (demo)"), "LEGAL_AID", true);
  }

  long refer(StaffClient c, long provider, String service, boolean send) {
    String form = "/referrals/new?client=" + client;
    HttpResponse<String> r =
        c.postRaw(form, form, "providerId=" + provider + "&service=" + service + "&reason=matrix");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    long id = lastReferral();
    if (send) {
      c.postRaw("/referrals/" + id, "/referrals/" + id + "/send", "version=0");
    }
    return id;
  }

  enum Referral {
    DRAFT_TO_SHELTER,
    SENT_TO_SHELTER,
    SENT_TO_LEGAL_AID
  }

  /**
   * Who may open a Dhaka referral: the referring side (Dhaka's scope) and, once sent, the shelter.
   */
  static boolean mayRead(String user, Referral r) {
    return switch (user) {
      case "admin", "counsellor.dhaka", "coordinator.dhaka" -> true;
      case "provider.dhaka" -> r == Referral.SENT_TO_SHELTER;
      default -> false;
    };
  }

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
          "provider.dhaka",
          "dpo",
          "editor",
          "viewer");

  static Stream<Arguments> readMatrix() {
    List<Arguments> all = new ArrayList<>();
    for (String user : USERS) {
      for (Referral r : Referral.values()) {
        all.add(Arguments.of(user, r));
      }
    }
    return all.stream();
  }

  long id(Referral r) {
    return switch (r) {
      case DRAFT_TO_SHELTER -> draftToShelter;
      case SENT_TO_SHELTER -> sentToShelter;
      case SENT_TO_LEGAL_AID -> sentToLegalAid;
    };
  }

  @ParameterizedTest(name = "{0} opens {1}")
  @MethodSource("readMatrix")
  void theReferralPageOpensOnlyForItsTwoSides(String user, Referral r) {
    HttpResponse<String> page = as(user).get("/referrals/" + id(r));
    assertThat(page.statusCode()).isEqualTo(mayRead(user, r) ? 200 : 403);
    if (!mayRead(user, r)) {
      assertThat(page.body()).doesNotContain(CLIENT_NAME).doesNotContain("matrix");
    }
  }

  @ParameterizedTest(name = "{0} tries to move {1}")
  @MethodSource("readMatrix")
  void nobodyOutsideMovesAReferral(String user, Referral r) {
    if (mayRead(user, r)) {
      return;
    }
    long id = id(r);
    int before =
        jdbc.sql("select version from referral where id = ?")
            .param(id)
            .query(Integer.class)
            .single();
    for (String step : List.of("send", "answer", "complete", "revoke")) {
      HttpResponse<String> post =
          as(user)
              .postRaw(
                  "/", "/referrals/" + id + "/" + step, "version=" + before + "&decision=accept");
      assertThat(post.statusCode()).as(user + " " + step).isEqualTo(403);
    }
    assertThat(
            jdbc.sql("select version from referral where id = ?")
                .param(id)
                .query(Integer.class)
                .single())
        .isEqualTo(before);
  }

  static Stream<Arguments> clientPages() {
    return USERS.stream().map(Arguments::of);
  }

  @ParameterizedTest(name = "{0} opens the client's referrals and consent")
  @MethodSource("clientPages")
  void theClientsReferralPageIsTheReferringSidesOnly(String user) {
    boolean allowed =
        Stream.of("admin", "counsellor.dhaka", "coordinator.dhaka").anyMatch(user::equals);
    HttpResponse<String> page = as(user).get("/referrals/clients/" + client);
    assertThat(page.statusCode()).isEqualTo(allowed ? 200 : 403);
    if (!allowed) {
      assertThat(page.body()).doesNotContain(CLIENT_NAME);
    }
    HttpResponse<String> form = as(user).get("/referrals/new?client=" + client);
    assertThat(form.statusCode()).isEqualTo(allowed ? 200 : 403);
  }

  @ParameterizedTest(name = "{0} lists referrals")
  @MethodSource("clientPages")
  void listsShowOnlyWhatIsTheirs(String user) {
    HttpResponse<String> list = as(user).get("/referrals");
    boolean works =
        !List.of("manager", "mande", "outreach.lahore", "dpo", "editor", "viewer").contains(user);
    assertThat(list.statusCode()).isEqualTo(works ? 200 : 403);
    String body = list.body();
    boolean seesDhaka =
        Stream.of("admin", "counsellor.dhaka", "coordinator.dhaka").anyMatch(user::equals);
    assertThat(body.contains("/referrals/" + sentToLegalAid + "\"")).isEqualTo(seesDhaka);
    assertThat(body.contains("/referrals/" + sentToShelter + "\""))
        .isEqualTo(seesDhaka || user.equals("provider.dhaka"));
    assertThat(body.contains("/referrals/" + draftToShelter + "\"")).isEqualTo(seesDhaka);
  }
}
