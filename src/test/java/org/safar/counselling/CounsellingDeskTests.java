package org.safar.counselling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.StaffClient.enc;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The counselling desk over real HTTP, as counsellors and coordinators use it. */
@SafarIntegrationTest
class CounsellingDeskTests {

  static final String PASSWORD = "safar-demo-2026";

  @LocalServerPort int port;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;

  long mrc(String code) {
    return orgUnits.findByCode(code).orElseThrow().id();
  }

  static long idFrom(HttpResponse<String> redirect) {
    String location = redirect.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.replaceAll(".*/(\\d+)(\\?.*)?$", "$1"));
  }

  long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  long newInquiry(StaffClient c, long mrc, String question) {
    HttpResponse<String> r =
        c.postRaw(
            "/counselling/inquiries/new?mrc=" + mrc,
            "/counselling/inquiries/new",
            "mrcId=" + mrc + "&channel=WALK_IN&language=bn&question=" + enc(question));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    return idFrom(r);
  }

  long newClient(StaffClient c, long mrc, String name, String phone, int birthYear, String extra) {
    HttpResponse<String> r =
        c.postRaw(
            "/counselling/clients/new?mrc=" + mrc,
            "/counselling/clients/new",
            "mrcId="
                + mrc
                + "&fullName="
                + enc(name)
                + "&sex=FEMALE&birthYear="
                + birthYear
                + "&phone="
                + enc(phone)
                + "&migrantStatus=POTENTIAL&destinationCountry=SA"
                + extra);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    return idFrom(r);
  }

  @Test
  void aWalkInBecomesAClientASessionAFollowUpAndAShiftInTheMrcFigure() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long dhaka = mrc("MRC-DHAKA");
    long inquiry = newInquiry(counsellor, dhaka, "Is a job offer in Riyadh with a visa fee real?");
    assertThat(counsellor.get("/counselling/inquiries?mrc=" + dhaka + "&status=OPEN").body())
        .contains("Is a job offer in Riyadh");

    long client =
        newClient(
            counsellor, dhaka, "Shirin Akter", "+880 1711 000111", 1998, "&inquiryId=" + inquiry);
    String tomorrow = LocalDate.now().plusDays(1).toString();
    HttpResponse<String> session =
        counsellor.postRaw(
            "/counselling/clients/" + client + "/sessions/new?inquiry=" + inquiry,
            "/counselling/clients/" + client + "/sessions/new",
            "channel=WALK_IN&heldOn="
                + LocalDate.now()
                + "&durationMinutes=40&topics=RECRUITMENT_COSTS"
                + "&topics=IRREGULAR_MIGRATION&notes="
                + enc("Explained the fee rules")
                + "&inquiryId="
                + inquiry
                + "&intention=IRREGULAR&likelihood=4&followUpOn="
                + tomorrow);
    assertThat(session.statusCode()).as(session.body()).isEqualTo(302);
    assertThat(
            count(
                "select sum(cardinality(topics)) from counselling_session where client_id = ?",
                client))
        .isEqualTo(2);
    assertThat(
            jdbc.sql("select status from inquiry where id = ?")
                .param(inquiry)
                .query(String.class)
                .single())
        .isEqualTo("ANSWERED");

    String before = counsellor.get("/counselling/mrcs/" + dhaka).body();
    long followUp =
        jdbc.sql("select id from follow_up where client_id = ?")
            .param(client)
            .query(Long.class)
            .single();
    HttpResponse<String> recorded =
        counsellor.postRaw(
            "/counselling/follow-ups/" + followUp,
            "/counselling/follow-ups/" + followUp,
            "reached=true&outcome="
                + enc("Will apply through the bureau")
                + "&intention=REGULAR&likelihood=5");
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(302);
    String after = counsellor.get("/counselling/mrcs/" + dhaka).body();
    assertThat(after).isNotEqualTo(before).contains("id=\"intention-shift\"");
    String clientPage = counsellor.get("/counselling/clients/" + client).body();
    assertThat(clientPage)
        .contains("At intake")
        .contains("At follow-up")
        .contains("Migrate irregularly")
        .contains("Migrate regularly");
  }

  @Test
  void aSimilarSecondClientIsFlaggedAndCanStillBeRegisteredAsADifferentPerson() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long dhaka = mrc("MRC-DHAKA");
    long first = newClient(counsellor, dhaka, "Rokeya Begum", "01711-222333", 1990, "");
    String body =
        "mrcId="
            + dhaka
            + "&fullName="
            + enc("Rokeya Begom")
            + "&sex=FEMALE&birthYear=1990"
            + "&migrantStatus=DEPARTING";
    HttpResponse<String> warned =
        counsellor.postRaw("/counselling/clients/new", "/counselling/clients/new", body);
    assertThat(warned.statusCode()).isEqualTo(200);
    assertThat(warned.body())
        .contains("id=\"duplicate-warning\"")
        .contains("/counselling/clients/" + first);
    HttpResponse<String> samePhone =
        counsellor.postRaw(
            "/counselling/clients/new",
            "/counselling/clients/new",
            "mrcId="
                + dhaka
                + "&pseudonym=R&migrantStatus=RETURNED&phone="
                + enc("+880 1711 222333"));
    assertThat(samePhone.body()).contains("id=\"duplicate-warning\"");
    HttpResponse<String> confirmed =
        counsellor.postRaw(
            "/counselling/clients/new", "/counselling/clients/new", body + "&notDuplicate=true");
    assertThat(confirmed.statusCode()).isEqualTo(302);
  }

  @Test
  void aKabulCounsellorCannotOpenADhakaClientAndTheAttemptIsAudited() {
    StaffClient dhakaCounsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long client = newClient(dhakaCounsellor, mrc("MRC-DHAKA"), "Nasima Khatun", "", 1985, "");
    StaffClient kabul = StaffClient.signedIn(port, "counsellor.kabul", PASSWORD);
    HttpResponse<String> r = kabul.get("/counselling/clients/" + client);
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body()).doesNotContain("Nasima");
    assertThat(kabul.get("/counselling/clients").body()).doesNotContain("Nasima");
    assertThat(
            count(
                "select count(*) from audit_event where actor = 'counsellor.kabul'"
                    + " and action = 'ACCESS_DENIED' and subject_type = 'client' and subject_id = ?",
                Long.toString(client)))
        .isEqualTo(1);
    // nor can they put a record into an MRC that is not theirs
    HttpResponse<String> elsewhere =
        kabul.postRaw(
            "/counselling/inquiries/new",
            "/counselling/inquiries/new",
            "mrcId=" + mrc("MRC-DHAKA") + "&channel=HOTLINE&question=test");
    assertThat(elsewhere.statusCode()).isEqualTo(200);
    assertThat(elsewhere.body()).contains("Choose one of your MRCs");
  }

  @Test
  void badInputIsExplainedBesideTheFieldAndNothingIsSaved() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long dhaka = mrc("MRC-DHAKA");
    long clients = count("select count(*) from client");
    HttpResponse<String> noName =
        counsellor.postRaw(
            "/counselling/clients/new",
            "/counselling/clients/new",
            "mrcId=" + dhaka + "&migrantStatus=POTENTIAL&birthYear=1880");
    assertThat(noName.statusCode()).isEqualTo(200);
    assertThat(noName.body()).contains("Enter a full name or a pseudonym");
    HttpResponse<String> badYear =
        counsellor.postRaw(
            "/counselling/clients/new",
            "/counselling/clients/new",
            "mrcId=" + dhaka + "&pseudonym=X&migrantStatus=POTENTIAL&birthYear=nineteen");
    assertThat(badYear.statusCode()).isEqualTo(200);
    assertThat(count("select count(*) from client")).isEqualTo(clients);

    long client = newClient(counsellor, dhaka, "Moushumi Das", "", 2000, "");
    long sessions = count("select count(*) from counselling_session");
    HttpResponse<String> noTopic =
        counsellor.postRaw(
            "/counselling/clients/" + client + "/sessions/new",
            "/counselling/clients/" + client + "/sessions/new",
            "channel=HOTLINE&heldOn="
                + LocalDate.now()
                + "&durationMinutes=20&intention=UNDECIDED&likelihood=9"
                + "&followUpOn="
                + LocalDate.now().plusDays(3));
    assertThat(noTopic.statusCode()).isEqualTo(200);
    assertThat(noTopic.body()).contains("Choose at least one topic");
    assertThat(count("select count(*) from counselling_session")).isEqualTo(sessions);
    assertThat(count("select count(*) from follow_up where client_id = ?", client)).isZero();
  }

  @Test
  void namesAndNotesInAnyScriptRoundTripExactly() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    String name = "রহিমা খাতুন · فاطمه احمدی · Ольга 🌍";
    long client =
        newClient(counsellor, mrc("MRC-DHAKA"), name, "", 1993, "&district=" + enc("কুমিল্লা"));
    assertThat(
            jdbc.sql("select full_name from client where id = ?")
                .param(client)
                .query(String.class)
                .single())
        .isEqualTo(name);
    assertThat(counsellor.get("/counselling/clients/" + client).body())
        .contains(name)
        .contains("কুমিল্লা");
  }

  @Test
  void twoCounsellorsEditingOneClientSeeAConflictAndLoseNothing() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long dhaka = mrc("MRC-DHAKA");
    long client = newClient(counsellor, dhaka, "Parvin Sultana", "", 1991, "");
    String common =
        "mrcId=" + dhaka + "&sex=FEMALE&birthYear=1991&migrantStatus=POTENTIAL&version=0";
    assertThat(
            counsellor
                .postRaw(
                    "/counselling/clients/" + client + "/edit",
                    "/counselling/clients/" + client + "/edit",
                    common + "&fullName=" + enc("Parvin S."))
                .statusCode())
        .isEqualTo(302);
    HttpResponse<String> second =
        counsellor.postRaw(
            "/counselling/clients/" + client + "/edit",
            "/counselling/clients/" + client + "/edit",
            common + "&fullName=" + enc("Parvin Sultana Rahman") + "&district=" + enc("Mirpur"));
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body())
        .contains("Someone else saved this record")
        .contains("Parvin Sultana Rahman")
        .contains("Mirpur");
  }

  @Test
  void aCoordinatorAssignsAnInquiryAndACounsellorMayNot() {
    StaffClient coordinator = StaffClient.signedIn(port, "coordinator.dhaka", PASSWORD);
    long dhaka = mrc("MRC-DHAKA");
    long inquiry =
        newInquiry(coordinator, dhaka, "When does my visa expire if flights are cancelled?");
    long counsellorId =
        jdbc.sql("select id from account where username = 'counsellor.dhaka'")
            .query(Long.class)
            .single();
    HttpResponse<String> assigned =
        coordinator.postRaw(
            "/counselling/inquiries/" + inquiry,
            "/counselling/inquiries/" + inquiry + "/assign",
            "assignee=" + counsellorId);
    assertThat(assigned.statusCode()).isEqualTo(302);
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    assertThat(counsellor.get("/counselling/inquiries?mine=true").body())
        .contains("When does my visa expire");
    assertThat(counsellor.get("/counselling/mrcs/" + dhaka).body())
        .contains("When does my visa expire");
    HttpResponse<String> refused =
        counsellor.postRaw(
            "/counselling/inquiries/" + inquiry,
            "/counselling/inquiries/" + inquiry + "/assign",
            "assignee=");
    assertThat(refused.statusCode()).isEqualTo(403);
  }

  @Test
  void mistypedNumbersAreExplainedInTheUsersWordsAndNothingTypedIsLost() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long dhaka = mrc("MRC-DHAKA");
    long client = newClient(counsellor, dhaka, "Rupa Typo", "", 1994, "");
    HttpResponse<String> session =
        counsellor.postRaw(
            "/counselling/clients/" + client + "/sessions/new",
            "/counselling/clients/" + client + "/sessions/new",
            "channel=WALK_IN&heldOn="
                + LocalDate.now()
                + "&durationMinutes=half+an+hour&topics=VISAS"
                + "&notes="
                + enc("Kept notes"));
    assertThat(session.statusCode()).isEqualTo(200);
    assertThat(session.body())
        .contains("This value is not in the right form")
        .contains("Kept notes")
        .doesNotContain("Failed to convert");
    counsellor.postRaw(
        "/counselling/clients/" + client + "/sessions/new",
        "/counselling/clients/" + client + "/sessions/new",
        "channel=WALK_IN&heldOn="
            + LocalDate.now()
            + "&durationMinutes=30&topics=VISAS&followUpOn="
            + LocalDate.now().plusDays(2));
    long followUp =
        jdbc.sql("select id from follow_up where client_id = ?")
            .param(client)
            .query(Long.class)
            .single();
    HttpResponse<String> r =
        counsellor.postRaw(
            "/counselling/follow-ups/" + followUp,
            "/counselling/follow-ups/" + followUp,
            "reached=true&outcome="
                + enc("Long call, many details")
                + "&intention=REGULAR&likelihood=five"
                + "&nextOn=next-week");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("Enter a likelihood from 1 to 5")
        .contains("Long call, many details")
        .contains("value=\"five\"");
    assertThat(
            jdbc.sql("select status from follow_up where id = ?")
                .param(followUp)
                .query(String.class)
                .single())
        .isEqualTo("DUE");
  }
}
