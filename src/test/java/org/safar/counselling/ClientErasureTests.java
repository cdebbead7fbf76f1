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

/** An erasure request: identifying data goes at once, everywhere, audited; counts stay. */
@SafarIntegrationTest
class ClientErasureTests {

  static final String PASSWORD = "safar-demo-2026";

  @LocalServerPort int port;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;

  @Test
  void aCoordinatorErasesAClientAndEveryCopyGoesButTheCountsStay() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long mrc = orgUnits.findByCode("MRC-DHAKA").orElseThrow().id();
    HttpResponse<String> r =
        counsellor.postRaw(
            "/counselling/clients/new",
            "/counselling/clients/new",
            "mrcId="
                + mrc
                + "&fullName="
                + enc("Erasable Rahima")
                + "&phone="
                + enc("+880 1712 909090")
                + "&district=Savar&birthYear=1990&migrantStatus=RETURNED&notDuplicate=true");
    long client = DeskFixtures.idFrom(r);
    DeskFixtures.session(
        counsellor,
        client,
        LocalDate.now().toString(),
        "topics=VISAS",
        "She lives behind the mosque in Savar");
    String page = "/referrals/clients/" + client;
    counsellor.postRaw(
        page,
        page + "/consents",
        "services=LEGAL_AID&givenOn="
            + LocalDate.now()
            + "&expiresOn="
            + LocalDate.now().plusYears(1)
            + "&method=VERBAL&shareName=true&_shareName=on&sharePhone=true&_sharePhone=on&_shareDetails=on");
    long provider =
        jdbc.sql(
                "select id from service_provider where name = 'Legal Aid for Migrant Workers Dhaka (demo)'")
            .query(Long.class)
            .single();
    counsellor.postRaw(
        "/referrals/new?client=" + client,
        "/referrals/new?client=" + client,
        "providerId="
            + provider
            + "&service=LEGAL_AID&reason="
            + enc("Rahima needs help with her contract"));
    long referral =
        jdbc.sql("select id from referral where client_id = ?")
            .param(client)
            .query(Long.class)
            .single();
    counsellor.postRaw("/referrals/" + referral, "/referrals/" + referral + "/send", "version=0");

    // a counsellor may not erase; a coordinator must give a reason
    assertThat(counsellor.get("/counselling/clients/" + client + "/erase").statusCode())
        .isEqualTo(403);
    StaffClient coordinator = StaffClient.signedIn(port, "coordinator.dhaka", PASSWORD);
    String erase = "/counselling/clients/" + client + "/erase";
    int version =
        jdbc.sql("select version from client where id = ?")
            .param(client)
            .query(Integer.class)
            .single();
    HttpResponse<String> noReason =
        coordinator.postRaw(erase, erase, "version=" + version + "&reason=");
    assertThat(noReason.statusCode()).isEqualTo(200);
    assertThat(noReason.body()).contains("Say why the data is erased");
    assertThat(
            jdbc.sql("select full_name from client where id = ?")
                .param(client)
                .query(String.class)
                .single())
        .isEqualTo("Erasable Rahima");

    HttpResponse<String> done =
        coordinator.postRaw(
            erase, erase, "version=" + version + "&reason=" + enc("Request by phone"));
    assertThat(done.statusCode()).as(done.body()).isEqualTo(302);

    String everything =
        jdbc.sql(
                "select concat_ws('|', c.full_name, c.phone, c.district, c.birth_year,"
                    + " (select string_agg(coalesce(notes, ''), '') from counselling_session where client_id = c.id),"
                    + " (select string_agg(concat(shared_name, shared_phone, reason), '') from referral where client_id = c.id))"
                    + " from client c where c.id = ?")
            .param(client)
            .query(String.class)
            .single();
    assertThat(everything)
        .doesNotContain("Rahima")
        .doesNotContain("1712")
        .doesNotContain("Savar")
        .doesNotContain("1990")
        .doesNotContain("mosque");
    assertThat(
            jdbc.sql("select count(*) from counselling_session where client_id = ?")
                .param(client)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(
            jdbc.sql("select count(*) from referral where client_id = ?")
                .param(client)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(coordinator.get("/counselling/clients/" + client).body())
        .contains("Erased " + client);
    // born 1990: the age band stays for counting
    assertThat(
            jdbc.sql("select age_band from client where id = ?")
                .param(client)
                .query(String.class)
                .single())
        .isEqualTo(LocalDate.now().getYear() - 1990 < 50 ? "AGE_35_49" : "AGE_50_PLUS");
    assertThat(
            jdbc.sql("select details from audit_event where action = 'ERASED' and subject_id = ?")
                .param(Long.toString(client))
                .query(String.class)
                .single())
        .isEqualTo("Request by phone");
  }
}
