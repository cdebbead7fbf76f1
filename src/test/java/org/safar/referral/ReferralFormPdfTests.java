package org.safar.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.StaffClient.enc;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The printable referral form for a provider outside Safar: the referring side downloads it once
 * the referral is sent, it says only what the client consented to share, in the reader's language,
 * and every download is audited. Nobody else gets it.
 */
@SafarIntegrationTest
class ReferralFormPdfTests {

  static final String PASSWORD = "safar-demo-2026";
  static final String LEGAL_AID = "Legal Aid for Migrant Workers Dhaka (demo)";

  @LocalServerPort int port;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;

  @Test
  void theReferringCounsellorPrintsOnlyWhatTheClientConsentedToShare() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long client = newClient(counsellor, "Зарина Печатникова", "+880 1999 424242");
    consentToShareTheNameOnly(counsellor, client, "LEGAL_AID");
    long referral = draft(counsellor, client, provider(LEGAL_AID), "LEGAL_AID");

    // a draft has shared nothing yet, so there is no form to print
    assertThat(counsellor.get(page(referral)).body()).doesNotContain("form.pdf");
    assertThat(counsellor.download(form(referral)).statusCode()).isEqualTo(404);

    send(counsellor, referral);
    assertThat(counsellor.get(page(referral)).body())
        .contains("id=\"print-form\"")
        .contains("/referrals/" + referral + "/form.pdf");

    HttpResponse<byte[]> pdf = counsellor.download(form(referral));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(pdf.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"referral-" + referral + ".pdf\"");
    assertThat(pdf.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");

    String text = text(pdf.body());
    String mrc = orgUnits.findByCode("MRC-DHAKA").orElseThrow().name();
    assertThat(text)
        .contains("Referral form")
        .contains("#" + referral)
        .contains(mrc)
        .contains(LEGAL_AID)
        .contains("Legal aid")
        .contains("Needs advice on an unpaid wage claim")
        .contains("Зарина Печатникова")
        .contains("Not shared")
        .contains("Accepted")
        .contains("Rejected, because")
        .contains("Signature");
    // neither the phone nor the details were consented to: none of them is anywhere on the form
    assertThat(text)
        .doesNotContain("424242")
        .doesNotContain("1999")
        .doesNotContain("FEMALE")
        .doesNotContain("1998");
    assertThat(audited(referral, "PRINTED", "counsellor.dhaka")).isEqualTo(1);

    counsellor.download(form(referral));
    assertThat(audited(referral, "PRINTED", "counsellor.dhaka"))
        .as("each download is recorded")
        .isEqualTo(2);
  }

  @Test
  void theFormIsInTheReadersLanguage() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long client = newClient(counsellor, "Мадина Языкова", "+880 1555 000777");
    consentToShareTheNameOnly(counsellor, client, "LEGAL_AID");
    long referral = draft(counsellor, client, provider(LEGAL_AID), "LEGAL_AID");
    send(counsellor, referral);

    String russian = text(counsellor.download(form(referral) + "?lang=ru").body());
    assertThat(russian)
        .contains("Бланк направления")
        .contains("Мадина Языкова")
        .contains("Юридическая помощь")
        .contains("Не передано")
        .doesNotContain("000777");

    // right to left: Arabic letters are shaped, and the extracted text reads them back
    HttpResponse<byte[]> arabic = counsellor.download(form(referral) + "?lang=ar");
    assertThat(arabic.statusCode()).isEqualTo(200);
    String arabicText =
        java.text.Normalizer.normalize(text(arabic.body()), java.text.Normalizer.Form.NFKC);
    assertThat(arabicText).contains("نموذج إحالة").contains("Мадина Языкова");

    // Dari: Persian letters (ی ک) are joined too, and read back as themselves
    HttpResponse<byte[]> dari = counsellor.download(form(referral) + "?lang=fa-AF");
    assertThat(dari.statusCode()).isEqualTo(200);
    assertThat(java.text.Normalizer.normalize(text(dari.body()), java.text.Normalizer.Form.NFKC))
        .contains("شریک نشده")
        .contains("Мадина Языкова");
  }

  @Test
  void onlyTheReferringSideGetsTheForm() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long client = newClient(counsellor, "Nasrin Outofscope", "+880 1777 123456");
    consentToShareTheNameOnly(counsellor, client, "SHELTER");
    long referral =
        draft(counsellor, client, provider("Safe Home Dhaka (demo shelter)"), "SHELTER");
    send(counsellor, referral);

    // the shelter works in Safar and sees the referral there, but prints no form of it
    StaffClient shelterStaff = StaffClient.signedIn(port, "provider.dhaka", PASSWORD);
    assertThat(shelterStaff.get(page(referral)).statusCode()).isEqualTo(200);
    assertThat(shelterStaff.get(page(referral)).body()).doesNotContain("form.pdf");
    HttpResponse<byte[]> shelter = shelterStaff.download(form(referral));
    assertThat(shelter.statusCode()).isEqualTo(403);
    assertThat(shelter.headers().firstValue("Content-Type")).isNotEqualTo("application/pdf");

    // another MRC's counsellor is on neither side: refused, and the refusal is audited
    StaffClient kabul = StaffClient.signedIn(port, "counsellor.kabul", PASSWORD);
    HttpResponse<byte[]> outside = kabul.download(form(referral));
    assertThat(outside.statusCode()).isEqualTo(403);
    assertThat(new String(outside.body(), java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain("Nasrin")
        .doesNotContain("%PDF");
    assertThat(audited(referral, "ACCESS_DENIED", "counsellor.kabul")).isEqualTo(1);
    assertThat(kabul.download(form(987654321)).statusCode()).isEqualTo(404);

    assertThat(audited(referral, "PRINTED", null)).as("nobody printed it").isZero();

    // once called back, the referral is not to be acted on: no form any more
    assertThat(counsellor.download(form(referral)).statusCode()).isEqualTo(200);
    HttpResponse<String> revoked =
        counsellor.postRaw(
            page(referral),
            page(referral) + "/revoke",
            "version=" + version(referral) + "&note=" + enc("The client found a place"));
    assertThat(revoked.statusCode()).isEqualTo(302);
    assertThat(counsellor.get(page(referral)).body()).doesNotContain("form.pdf");
    assertThat(counsellor.download(form(referral)).statusCode()).isEqualTo(404);
  }

  @Test
  void everyRoleGetsTheFormOnlyFromTheReferringSide() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long client = newClient(counsellor, "Rokeya Matrixprint", "+880 1333 999888");
    consentToShareTheNameOnly(counsellor, client, "LEGAL_AID");
    long draft = draft(counsellor, client, provider(LEGAL_AID), "LEGAL_AID");
    long sent = draft(counsellor, client, provider(LEGAL_AID), "LEGAL_AID");
    send(counsellor, sent);
    for (String user : ReferralAccessMatrixTests.USERS) {
      boolean referring = List.of("admin", "coordinator.dhaka", "counsellor.dhaka").contains(user);
      StaffClient person = StaffClient.signedIn(port, user, PASSWORD);
      HttpResponse<byte[]> ofSent = person.download(form(sent));
      HttpResponse<byte[]> ofDraft = person.download(form(draft));
      assertThat(ofSent.statusCode()).as(user + ", sent").isEqualTo(referring ? 200 : 403);
      assertThat(ofDraft.statusCode()).as(user + ", draft").isEqualTo(referring ? 404 : 403);
      if (!referring) {
        assertThat(new String(ofSent.body(), java.nio.charset.StandardCharsets.UTF_8))
            .as(user)
            .doesNotContain("Rokeya")
            .doesNotContain("%PDF");
      }
    }
    assertThat(audited(sent, "PRINTED", null)).isEqualTo(3);
  }

  // ---- steps -------------------------------------------------------------------------------

  static String page(long referral) {
    return "/referrals/" + referral;
  }

  static String form(long referral) {
    return "/referrals/" + referral + "/form.pdf";
  }

  long provider(String name) {
    return jdbc.sql("select id from service_provider where name = ?")
        .param(name)
        .query(Long.class)
        .single();
  }

  long newClient(StaffClient c, String name, String phone) {
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
    return idFrom(r);
  }

  void consentToShareTheNameOnly(StaffClient c, long client, String service) {
    String page = "/referrals/clients/" + client;
    LocalDate today = LocalDate.now();
    HttpResponse<String> r =
        c.postRaw(
            page,
            page + "/consents",
            "services="
                + service
                + "&givenOn="
                + today
                + "&expiresOn="
                + today.plusMonths(6)
                + "&method=WRITTEN&shareName=true&_shareName=on&_sharePhone=on&_shareDetails=on");
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
                + "&urgent=true&reason="
                + enc("Needs advice on an unpaid wage claim"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    return idFrom(r);
  }

  int version(long referral) {
    return jdbc.sql("select version from referral where id = ?")
        .param(referral)
        .query(Integer.class)
        .single();
  }

  void send(StaffClient c, long referral) {
    HttpResponse<String> r =
        c.postRaw(page(referral), page(referral) + "/send", "version=" + version(referral));
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(
            jdbc.sql("select status from referral where id = ?")
                .param(referral)
                .query(String.class)
                .single())
        .isEqualTo("SENT");
  }

  long audited(long referral, String action, String actor) {
    return jdbc.sql(
            "select count(*) from audit_event where subject_type = 'referral' and subject_id = ?"
                + " and action = ? and (cast(? as text) is null or actor = ?)")
        .params(Long.toString(referral), action, actor, actor)
        .query(Long.class)
        .single();
  }

  static long idFrom(HttpResponse<String> r) {
    String location = r.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.replaceAll(".*/(\\d+)$", "$1"));
  }

  static String text(byte[] pdf) {
    return StaffClient.pdfText(pdf);
  }
}
