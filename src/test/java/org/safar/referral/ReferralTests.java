package org.safar.referral;

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

/**
 * A referral's life: consent, sending, the provider's answer in Safar, the outcome; and the
 * refusals the issue names (no consent, expired consent, a service the provider does not offer, a
 * rejected referral sent again unchanged, someone on neither side).
 */
@SafarIntegrationTest
class ReferralTests {

  static final String PASSWORD = "safar-demo-2026";

  @LocalServerPort int port;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;

  long provider(String name) {
    return jdbc.sql("select id from service_provider where name = ?")
        .param(name)
        .query(Long.class)
        .single();
  }

  long client(StaffClient c, String name, String phone) {
    long mrc = orgUnits.findByCode("MRC-DHAKA").orElseThrow().id();
    HttpResponse<String> r =
        c.postRaw(
            "/counselling/clients/new",
            "/counselling/clients/new",
            "mrcId="
                + mrc
                + "&fullName="
                + enc(name)
                + "&phone="
                + enc(phone)
                + "&sex=FEMALE&birthYear=1998&migrantStatus=RETURNED&notDuplicate=true");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    String location = r.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.replaceAll(".*/(\\d+)$", "$1"));
  }

  void consent(
      StaffClient c,
      long client,
      String services,
      String givenOn,
      String expiresOn,
      String shares) {
    String page = "/referrals/clients/" + client;
    HttpResponse<String> r =
        c.postRaw(
            page,
            page + "/consents",
            services
                + "&givenOn="
                + givenOn
                + "&expiresOn="
                + expiresOn
                + "&method=VERBAL"
                + shares);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
  }

  long draft(StaffClient c, long client, long provider, String service) {
    String form = "/referrals/new?client=" + client;
    HttpResponse<String> r =
        c.postRaw(
            form,
            form,
            "providerId="
                + provider
                + "&service="
                + service
                + "&reason="
                + enc("Needs a safe place tonight"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    String location = r.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.replaceAll(".*/(\\d+)$", "$1"));
  }

  int version(long referral) {
    return jdbc.sql("select version from referral where id = ?")
        .param(referral)
        .query(Integer.class)
        .single();
  }

  String status(long referral) {
    return jdbc.sql("select status from referral where id = ?")
        .param(referral)
        .query(String.class)
        .single();
  }

  HttpResponse<String> post(StaffClient c, long referral, String step, String body) {
    String page = "/referrals/" + referral;
    return c.postRaw(page, page + "/" + step, "version=" + version(referral) + body);
  }

  @Test
  void aCounsellorRefersWithConsentAndTheShelterAcceptsAndClosesIt() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long client = client(counsellor, "Shapla Referred", "+880 1711 222333");
    LocalDate today = LocalDate.now();
    consent(
        counsellor,
        client,
        "services=SHELTER&services=MEDICAL",
        today.toString(),
        today.plusMonths(6).toString(),
        "&shareName=true&_shareName=on&_sharePhone=on&_shareDetails=on");
    long shelter = provider("Safe Home Dhaka (demo shelter)");
    long referral = draft(counsellor, client, shelter, "SHELTER");
    assertThat(status(referral)).isEqualTo("DRAFT");

    // a draft is the referring side's own: the provider does not see it yet
    StaffClient shelterStaff = StaffClient.signedIn(port, "provider.dhaka", PASSWORD);
    assertThat(shelterStaff.get("/referrals/" + referral).statusCode()).isEqualTo(403);

    HttpResponse<String> sent = post(counsellor, referral, "send", "");
    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(status(referral)).isEqualTo("SENT");
    // a sent referral is not changed behind the provider's back: a clear refusal, not an error
    String edit = "/referrals/" + referral + "/edit";
    HttpResponse<String> late =
        counsellor.postRaw(
            edit,
            edit,
            "providerId="
                + shelter
                + "&service=MEDICAL&reason=changed&version="
                + version(referral));
    assertThat(late.statusCode()).isEqualTo(200);
    assertThat(late.body()).contains("Only a draft or a rejected referral can be changed");
    assertThat(status(referral)).isEqualTo("SENT");

    // the shelter sees it, with only what the consent allows: the name, not the phone
    assertThat(shelterStaff.get("/referrals").body()).contains("#" + referral);
    String page = shelterStaff.get("/referrals/" + referral).body();
    assertThat(page)
        .contains("Shapla Referred")
        .doesNotContain("1711 222333")
        .contains("Not shared");
    assertThat(post(shelterStaff, referral, "answer", "&decision=accept").statusCode())
        .isEqualTo(302);
    assertThat(status(referral)).isEqualTo("ACCEPTED");
    post(shelterStaff, referral, "complete", "&successful=true&note=" + enc("Stayed 10 nights"));
    assertThat(status(referral)).isEqualTo("DONE");
    assertThat(counsellor.get("/referrals/" + referral).body())
        .contains("Successful")
        .contains("SENT")
        .contains("ACCEPTED")
        .contains("DONE");

    // another MRC's counsellor is on neither side
    StaffClient kabul = StaffClient.signedIn(port, "counsellor.kabul", PASSWORD);
    assertThat(kabul.get("/referrals/" + referral).statusCode()).isEqualTo(403);
    assertThat(kabul.get("/referrals/987654321").statusCode()).isEqualTo(404);
  }

  @Test
  void withoutConsentSendingIsRefusedAndOnlyACoordinatorMayOverrideWithAReason() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long client = client(counsellor, "Rumana Noconsent", "+880 1811 000111");
    long referral =
        draft(
            counsellor,
            client,
            provider("Legal Aid for Migrant Workers Dhaka (demo)"),
            "LEGAL_AID");
    post(counsellor, referral, "send", "&overrideReason=" + enc("urgent"));
    assertThat(status(referral)).isEqualTo("DRAFT");
    assertThat(counsellor.get("/referrals/" + referral).body()).contains("has not consented");

    StaffClient coordinator = StaffClient.signedIn(port, "coordinator.dhaka", PASSWORD);
    post(coordinator, referral, "send", "");
    assertThat(status(referral)).isEqualTo("DRAFT");
    post(
        coordinator,
        referral,
        "send",
        "&overrideReason=" + enc("Court hearing tomorrow; client cannot be reached"));
    assertThat(status(referral)).isEqualTo("SENT");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where subject_type = 'referral' and subject_id = ?"
                        + " and action = 'CONSENT_OVERRIDDEN' and actor = 'coordinator.dhaka'")
                .param(Long.toString(referral))
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void anExpiredConsentBlocksANewReferral() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long client = client(counsellor, "Mitu Expired", "");
    LocalDate today = LocalDate.now();
    consent(
        counsellor,
        client,
        "services=LEGAL_AID",
        today.minusYears(2).toString(),
        today.minusYears(1).toString(),
        "&_shareName=on&_sharePhone=on&_shareDetails=on");
    long referral =
        draft(
            counsellor,
            client,
            provider("Legal Aid for Migrant Workers Dhaka (demo)"),
            "LEGAL_AID");
    post(counsellor, referral, "send", "");
    assertThat(status(referral)).isEqualTo("DRAFT");
    assertThat(counsellor.get("/referrals/" + referral).body()).contains("has expired");
  }

  @Test
  void aServiceTheProviderDoesNotOfferIsRefusedAndNothingIsSaved() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long client = client(counsellor, "Bina Wrongservice", "");
    long before = jdbc.sql("select count(*) from referral").query(Long.class).single();
    String form = "/referrals/new?client=" + client;
    HttpResponse<String> r =
        counsellor.postRaw(
            form,
            form,
            "providerId="
                + provider("Safe Home Dhaka (demo shelter)")
                + "&service=LEGAL_AID&reason="
                + enc("Visa case"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("does not offer that service").contains("Visa case");
    r =
        counsellor.postRaw(
            form,
            form,
            "providerId="
                + provider("Safe Home Dhaka (demo shelter)")
                + "&service=SHELTER&reason=");
    assertThat(r.body()).contains("Say why the client is referred");
    assertThat(jdbc.sql("select count(*) from referral").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void aRejectedReferralCannotBeSentAgainUnchanged() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long client = client(counsellor, "Jesmin Rejected", "");
    LocalDate today = LocalDate.now();
    consent(
        counsellor,
        client,
        "services=SHELTER&services=LEGAL_AID",
        today.toString(),
        today.plusYears(1).toString(),
        "&shareName=true&_shareName=on&_sharePhone=on&_shareDetails=on");
    long referral =
        draft(counsellor, client, provider("Safe Home Dhaka (demo shelter)"), "SHELTER");
    post(counsellor, referral, "send", "");
    StaffClient shelterStaff = StaffClient.signedIn(port, "provider.dhaka", PASSWORD);
    post(shelterStaff, referral, "answer", "&decision=reject");
    assertThat(status(referral)).as("a rejection needs a reason").isEqualTo("SENT");
    post(
        shelterStaff,
        referral,
        "answer",
        "&decision=reject&rejectionReason=" + enc("No bed free this week"));
    assertThat(status(referral)).isEqualTo("REJECTED");

    post(counsellor, referral, "send", "");
    assertThat(status(referral)).isEqualTo("REJECTED");
    assertThat(counsellor.get("/referrals/" + referral).body()).contains("rejected as it is");

    String edit = "/referrals/" + referral + "/edit";
    HttpResponse<String> changed =
        counsellor.postRaw(
            edit,
            edit,
            "providerId="
                + provider("Legal Aid for Migrant Workers Dhaka (demo)")
                + "&service=LEGAL_AID&reason="
                + enc("Needs advice on the contract instead")
                + "&version="
                + version(referral));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
    post(counsellor, referral, "send", "");
    assertThat(status(referral)).isEqualTo("SENT");

    // the legal aid NGO does not use Safar: the counsellor records its answer
    post(counsellor, referral, "answer", "&decision=accept");
    assertThat(status(referral)).isEqualTo("ACCEPTED");
    post(counsellor, referral, "complete", "&outcomeReason=UNABLE_TO_CONTACT");
    assertThat(status(referral)).isEqualTo("DONE");
    // and the shelter, which did not get it this time, no longer sees it
    assertThat(shelterStaff.get("/referrals/" + referral).statusCode()).isEqualTo(403);
  }

  @Test
  void overdueReferralsAreOnTheCoordinatorsList() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long client = client(counsellor, "Kohinoor Waiting", "");
    LocalDate today = LocalDate.now();
    consent(
        counsellor,
        client,
        "services=SHELTER",
        today.toString(),
        today.plusYears(1).toString(),
        "&_shareName=on&_sharePhone=on&_shareDetails=on");
    long referral =
        draft(counsellor, client, provider("Safe Home Dhaka (demo shelter)"), "SHELTER");
    post(counsellor, referral, "send", "");
    jdbc.sql("update referral set sent_at = now() - interval '9 days' where id = ?")
        .param(referral)
        .update();
    StaffClient coordinator = StaffClient.signedIn(port, "coordinator.dhaka", PASSWORD);
    assertThat(coordinator.get("/referrals?overdue=true").body())
        .contains("/referrals/" + referral + "\"")
        .contains("Kohinoor Waiting");
    assertThat(coordinator.get("/referrals/" + referral).body()).contains("not answered in time");
  }
}
