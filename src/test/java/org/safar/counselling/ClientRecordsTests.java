package org.safar.counselling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.StaffClient.enc;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.safar.shell.SpreadsheetSafe;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A client record's history, and the client list as CSV within the user's scope. */
@SafarIntegrationTest
class ClientRecordsTests {

  @LocalServerPort int port;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;

  long mrc(String code) {
    return orgUnits.findByCode(code).orElseThrow().id();
  }

  long register(StaffClient c, long mrc, String name, String phone) {
    HttpResponse<String> r =
        c.postRaw(
            "/counselling/clients/new",
            "/counselling/clients/new",
            "mrcId="
                + mrc
                + "&fullName="
                + enc(name)
                + "&migrantStatus=RETURNED&notDuplicate=true"
                + "&phone="
                + enc(phone));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    return CounsellingDeskTests.idFrom(r);
  }

  @Test
  void theClientPageShowsWhoCreatedAndChangedTheRecord() {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", "safar-demo-2026");
    long dhaka = mrc("MRC-DHAKA");
    long id = register(counsellor, dhaka, "Hasina Parvin", "");
    counsellor.postRaw(
        "/counselling/clients/" + id + "/edit",
        "/counselling/clients/" + id + "/edit",
        "mrcId="
            + dhaka
            + "&fullName="
            + enc("Hasina Parvin")
            + "&district=Savar&migrantStatus=RETURNED&version=0");
    String page = counsellor.get("/counselling/clients/" + id).body();
    assertThat(page)
        .contains("id=\"history\"")
        .contains("CREATED")
        .contains("UPDATED")
        .contains("counsellor.dhaka");
  }

  @Test
  void theCsvHoldsOnlyTheUsersScopeEveryScriptAndNoRunnableFormula() {
    StaffClient dhaka = StaffClient.signedIn(port, "counsellor.dhaka", "safar-demo-2026");
    register(dhaka, mrc("MRC-DHAKA"), "=HYPERLINK(\"http://x\")", "+880 1711 555666");
    register(dhaka, mrc("MRC-DHAKA"), "সালমা আক্তার", "");
    StaffClient kabul = StaffClient.signedIn(port, "counsellor.kabul", "safar-demo-2026");
    register(kabul, mrc("MRC-KABUL"), "Zarghuna Kabuli", "");

    HttpResponse<String> csv = dhaka.get("/counselling/clients/export.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    String body = csv.body();
    assertThat(body).startsWith("\uFEFFid,mrc,full_name");
    assertThat(body).contains("সালমা আক্তার").contains("MRC-DHAKA").contains("+880 1711 555666");
    assertThat(body).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    assertThat(body).doesNotContain("Zarghuna").doesNotContain("MRC-KABUL");
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where actor = 'counsellor.dhaka' and action = 'EXPORTED'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void spreadsheetSafetyLeavesNumbersAndTextAlone() {
    assertThat(SpreadsheetSafe.cell("+880 1711")).isEqualTo("+880 1711");
    assertThat(SpreadsheetSafe.cell("-5")).isEqualTo("-5");
    assertThat(SpreadsheetSafe.cell("=1+1")).isEqualTo("'=1+1");
    assertThat(SpreadsheetSafe.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(SpreadsheetSafe.cell("+cmd")).isEqualTo("'+cmd");
    assertThat(SpreadsheetSafe.cell(42L)).isEqualTo(42L);
  }

  @Test
  void theSessionListFiltersByTopicAndStaysInScope() {
    StaffClient dhaka = StaffClient.signedIn(port, "counsellor.dhaka", "safar-demo-2026");
    long id = register(dhaka, mrc("MRC-DHAKA"), "Tahmina Sessionlist", "");
    HttpResponse<String> saved =
        dhaka.postRaw(
            "/counselling/clients/" + id + "/sessions/new",
            "/counselling/clients/" + id + "/sessions/new",
            "channel=HOTLINE&heldOn="
                + java.time.LocalDate.now()
                + "&durationMinutes=15&topics=HEALTH");
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(dhaka.get("/counselling/sessions?topic=HEALTH&mine=true").body())
        .contains("Tahmina Sessionlist");
    assertThat(dhaka.get("/counselling/sessions?topic=ASYLUM").body())
        .doesNotContain("Tahmina Sessionlist");
    StaffClient kabul = StaffClient.signedIn(port, "counsellor.kabul", "safar-demo-2026");
    assertThat(kabul.get("/counselling/sessions?topic=HEALTH").body())
        .doesNotContain("Tahmina Sessionlist");
  }

  @Test
  void mergingADuplicateMovesItsRecordsAndLeavesATombstone() {
    StaffClient dhaka = StaffClient.signedIn(port, "counsellor.dhaka", "safar-demo-2026");
    long mrc = mrc("MRC-DHAKA");
    long duplicate = register(dhaka, mrc, "Anwara Mergetest", "+880 1911 777888");
    long kept = register(dhaka, mrc, "Anwara Begum Mergetest", "");
    dhaka.postRaw(
        "/counselling/clients/" + duplicate + "/sessions/new",
        "/counselling/clients/" + duplicate + "/sessions/new",
        "channel=WALK_IN&heldOn="
            + java.time.LocalDate.now()
            + "&durationMinutes=25&topics=VISAS"
            + "&intention=UNDECIDED&likelihood=3&followUpOn="
            + java.time.LocalDate.now().plusDays(5));
    assertThat(dhaka.get("/counselling/clients/" + duplicate + "/merge?q=Mergetest").body())
        .contains("/counselling/clients/" + duplicate + "/merge/" + kept);
    assertThat(dhaka.get("/counselling/clients/" + duplicate + "/merge/" + kept).body())
        .contains("id=\"confirm-merge\"");

    HttpResponse<String> merged =
        dhaka.postRaw(
            "/counselling/clients/" + duplicate + "/merge/" + kept,
            "/counselling/clients/" + duplicate + "/merge/" + kept,
            "version=0");
    assertThat(merged.statusCode()).isEqualTo(302);
    assertThat(merged.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/counselling/clients/" + kept));
    long moved =
        jdbc.sql("select count(*) from counselling_session where client_id = ?")
                .param(kept)
                .query(Long.class)
                .single()
            + jdbc.sql("select count(*) from follow_up where client_id = ?")
                .param(kept)
                .query(Long.class)
                .single()
            + jdbc.sql("select count(*) from intention_record where client_id = ?")
                .param(kept)
                .query(Long.class)
                .single();
    assertThat(moved).isEqualTo(3);
    assertThat(
            jdbc.sql("select phone from client where id = ?")
                .param(kept)
                .query(String.class)
                .single())
        .isEqualTo("+880 1911 777888");
    HttpResponse<String> old = dhaka.get("/counselling/clients/" + duplicate);
    assertThat(old.statusCode()).isEqualTo(302);
    assertThat(old.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/counselling/clients/" + kept));
    assertThat(dhaka.get("/counselling/clients?q=Mergetest").body())
        .contains("Anwara Begum Mergetest")
        .doesNotContain(">Anwara Mergetest<");
    assertThat(dhaka.get("/counselling/clients/" + kept).body())
        .contains("MERGED")
        .contains("took over client " + duplicate);
    // a second submission of the same (now stale) form changes nothing
    dhaka.postRaw(
        "/counselling/clients/" + kept,
        "/counselling/clients/" + duplicate + "/merge/" + kept,
        "version=0");
    assertThat(
            jdbc.sql("select count(*) from audit_event where action = 'MERGED' and subject_id = ?")
                .param(Long.toString(duplicate))
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
