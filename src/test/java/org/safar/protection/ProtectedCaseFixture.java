package org.safar.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.StaffClient.enc;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.safar.StaffClient;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A protected case with something on every path that can show a client: the record itself, a
 * session with notes, the inquiry it answered, a follow-up due today, a group session attended, a
 * consent and a referral sent to a shelter. Everything that identifies the person carries a unique
 * tag, so a test can look for it in any page or file.
 */
final class ProtectedCaseFixture {

  static final String PASSWORD = "safar-demo-2026";

  final String tag;
  final String mrcCode;
  final long mrc;
  long client;
  long session;
  long inquiry;
  long followUp;
  long group;
  long referral;

  ProtectedCaseFixture(String tag, String mrcCode, long mrc) {
    this.tag = tag;
    this.mrcCode = mrcCode;
    this.mrc = mrc;
  }

  String name() {
    return "Protectedname" + tag;
  }

  String phone() {
    return "+992 93 555 " + digits();
  }

  String district() {
    return "Districtof" + tag;
  }

  String notes() {
    return "Sessionnotes" + tag;
  }

  String question() {
    return "Questionfrom" + tag;
  }

  String contact() {
    return "Contactname" + tag;
  }

  private String digits() {
    return String.format("%04d", Math.abs(tag.hashCode()) % 10000);
  }

  /** Every string that says who the person is, or what they said; none may reach a stranger. */
  List<String> secrets() {
    return List.of(name(), phone(), district(), notes(), question(), contact(), "Nextstep" + tag);
  }

  /**
   * Builds the case as the MRC's counsellor would, before anyone knew it needed protection, then
   * has the counsellor mark it protected with the given team, and the caseworker accept it.
   */
  static ProtectedCaseFixture build(
      JdbcClient jdbc,
      String tag,
      String mrcCode,
      long mrc,
      String counsellor,
      StaffClient desk,
      StaffClient caseworker,
      String caseworkerName,
      String supervisorName,
      Long shelter) {
    ProtectedCaseFixture f = new ProtectedCaseFixture(tag, mrcCode, mrc);
    f.inquiry =
        saved(
            desk.postRaw(
                "/counselling/inquiries/new?mrc=" + mrc,
                "/counselling/inquiries/new",
                "mrcId="
                    + mrc
                    + "&channel=HOTLINE&language=ru&question="
                    + enc(f.question())
                    + "&contactName="
                    + enc(f.contact())));
    f.client =
        saved(
            desk.postRaw(
                "/counselling/clients/new",
                "/counselling/clients/new",
                "mrcId="
                    + mrc
                    + "&fullName="
                    + enc(f.name())
                    + "&phone="
                    + enc(f.phone())
                    + "&district="
                    + enc(f.district())
                    + "&birthYear=1999&sex=FEMALE&migrantStatus=RETURNED&notDuplicate=true"));
    saved(
        desk.postRaw(
            "/counselling/clients/" + f.client + "/sessions/new?inquiry=" + f.inquiry,
            "/counselling/clients/" + f.client + "/sessions/new",
            "channel=WALK_IN&heldOn="
                + LocalDate.now()
                + "&durationMinutes=30&topics=IRREGULAR_MIGRATION&notes="
                + enc(f.notes())
                + "&nextStep="
                + enc("Nextstep" + tag)
                + "&inquiryId="
                + f.inquiry
                + "&followUpOn="
                + LocalDate.now().plusDays(1)));
    f.session =
        jdbc.sql("select max(id) from counselling_session where client_id = ?")
            .param(f.client)
            .query(Long.class)
            .single();
    f.followUp =
        jdbc.sql("select max(id) from follow_up where client_id = ?")
            .param(f.client)
            .query(Long.class)
            .single();
    // due today, so it is on the counsellor's list
    jdbc.sql("update follow_up set due_on = current_date where id = ?").param(f.followUp).update();
    f.group =
        saved(
            desk.postRaw(
                "/counselling/groups/new?mrc=" + mrc,
                "/counselling/groups/new",
                "mrcId="
                    + mrc
                    + "&kind=PRE_DEPARTURE&heldOn="
                    + LocalDate.now()
                    + "&place="
                    + enc("Hall " + tag)
                    + "&topics=CONTRACTS"));
    desk.postRaw(
        "/counselling/groups/" + f.group,
        "/counselling/groups/" + f.group + "/attendees",
        "clientId=" + f.client);
    String referrals = "/referrals/clients/" + f.client;
    desk.postRaw(
        referrals,
        referrals + "/consents",
        "services=SHELTER&givenOn="
            + LocalDate.now()
            + "&expiresOn="
            + LocalDate.now().plusYears(1)
            + "&method=WRITTEN&shareName=true&_shareName=on&_sharePhone=on&_shareDetails=on");
    if (shelter != null) {
      String form = "/referrals/new?client=" + f.client;
      HttpResponse<String> r =
          desk.postRaw(
              form, form, "providerId=" + shelter + "&service=SHELTER&reason=" + enc("Safe stay"));
      assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
      f.referral =
          jdbc.sql("select max(id) from referral where client_id = ?")
              .param(f.client)
              .query(Long.class)
              .single();
      HttpResponse<String> sent =
          desk.postRaw(
              "/referrals/" + f.referral, "/referrals/" + f.referral + "/send", "version=0");
      assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
    }
    HttpResponse<String> marked =
        desk.postRaw(
            "/counselling/clients/" + f.client + "/protect",
            "/counselling/clients/" + f.client + "/protect",
            "reason=TRAFFICKING&caseworkerId="
                + account(jdbc, caseworkerName)
                + "&supervisorId="
                + account(jdbc, supervisorName));
    assertThat(marked.statusCode()).as(marked.body()).isEqualTo(302);
    if (caseworker != desk) {
      HttpResponse<String> accepted =
          caseworker.postRaw(
              "/counselling/protected",
              "/counselling/clients/" + f.client + "/protection/accept",
              "version=0");
      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(302);
    }
    return f;
  }

  static long account(JdbcClient jdbc, String username) {
    return jdbc.sql("select id from account where username = ?")
        .param(username)
        .query(Long.class)
        .single();
  }

  private static long saved(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    String location = r.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.replaceAll(".*/(\\d+)(\\?.*)?$", "$1"));
  }
}
