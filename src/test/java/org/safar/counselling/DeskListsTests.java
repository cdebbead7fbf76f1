package org.safar.counselling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.counselling.DeskFixtures.client;
import static org.safar.counselling.DeskFixtures.inquiry;
import static org.safar.counselling.DeskFixtures.session;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Sorting the desk's lists, filtering clients by MRC, and the inquiry and session CSV exports. */
@SafarIntegrationTest
class DeskListsTests {

  static final String PASSWORD = "safar-demo-2026";

  @LocalServerPort int port;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;

  long mrc(String code) {
    return orgUnits.findByCode(code).orElseThrow().id();
  }

  long exports(String actor, String subject) {
    return jdbc.sql(
            "select count(*) from audit_event where actor = ? and action = 'EXPORTED'"
                + " and subject_type = ?")
        .params(actor, subject)
        .query(Long.class)
        .single();
  }

  static String table(String page) {
    return page.substring(page.indexOf("<table"));
  }

  @Test
  void listsSortBothWaysAndClientsByName() {
    StaffClient dhaka = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long mrc = mrc("MRC-DHAKA");
    inquiry(dhaka, mrc, "EMAIL", "Orderprobe earlier question");
    inquiry(dhaka, mrc, "EMAIL", "Orderprobe later question");
    String newest = dhaka.get("/counselling/inquiries?q=Orderprobe").body();
    assertThat(newest.indexOf("Orderprobe later")).isLessThan(newest.indexOf("Orderprobe earlier"));
    String oldest = dhaka.get("/counselling/inquiries?q=Orderprobe&sort=OLDEST").body();
    assertThat(oldest.indexOf("Orderprobe earlier")).isLessThan(oldest.indexOf("Orderprobe later"));
    assertThat(oldest).contains("<option value=\"OLDEST\" selected=\"selected\"");

    client(dhaka, mrc, "Zubair Namesort");
    long amina = client(dhaka, mrc, "Amina Namesort");
    String byName = dhaka.get("/counselling/clients?q=Namesort&sort=NAME").body();
    assertThat(byName.indexOf("Amina Namesort")).isLessThan(byName.indexOf("Zubair Namesort"));
    String byNewest = dhaka.get("/counselling/clients?q=Namesort").body();
    assertThat(byNewest.indexOf("Amina Namesort")).isLessThan(byNewest.indexOf("Zubair Namesort"));
    String byOldest = dhaka.get("/counselling/clients?q=Namesort&sort=OLDEST").body();
    assertThat(byOldest.indexOf("Zubair Namesort")).isLessThan(byOldest.indexOf("Amina Namesort"));

    session(dhaka, amina, "2001-02-01", "topics=VISAS", "");
    session(dhaka, amina, "2001-02-03", "topics=VISAS", "");
    String sessions = "/counselling/sessions?from=2001-02-01&to=2001-02-03";
    String desc = table(dhaka.get(sessions).body());
    assertThat(desc.indexOf("2001-02-03")).isLessThan(desc.indexOf("2001-02-01"));
    String asc = dhaka.get(sessions + "&sort=OLDEST").body();
    assertThat(asc.indexOf("2001-02-01")).isLessThan(asc.indexOf("2001-02-03"));
    // the pager and the export keep the chosen order and filters
    assertThat(asc)
        .contains(
            "/counselling/sessions/export.csv?from=2001-02-01&amp;to=2001-02-03&amp;sort=OLDEST");
  }

  @Test
  void anAdministratorNarrowsClientsToOneMrc() {
    client(
        StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD),
        mrc("MRC-DHAKA"),
        "Rokeya Mrcfilter");
    client(
        StaffClient.signedIn(port, "counsellor.kabul", PASSWORD),
        mrc("MRC-KABUL"),
        "Parwana Mrcfilter");
    StaffClient admin = StaffClient.signedIn(port, "admin", PASSWORD);
    assertThat(admin.get("/counselling/clients?q=Mrcfilter").body())
        .contains("Rokeya Mrcfilter")
        .contains("Parwana Mrcfilter");
    assertThat(admin.get("/counselling/clients?q=Mrcfilter&mrc=" + mrc("MRC-KABUL")).body())
        .contains("Parwana Mrcfilter")
        .doesNotContain("Rokeya Mrcfilter");
  }

  @Test
  void theInquiryCsvFollowsTheFiltersAndTheScopeAndIsAudited() {
    StaffClient dhaka = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    inquiry(dhaka, mrc("MRC-DHAKA"), "WHATSAPP", "Csvprobe বিদেশে কাজের ভিসা?");
    inquiry(dhaka, mrc("MRC-DHAKA"), "HOTLINE", "Csvprobe by hotline");
    StaffClient kabul = StaffClient.signedIn(port, "counsellor.kabul", PASSWORD);
    inquiry(kabul, mrc("MRC-KABUL"), "WHATSAPP", "Csvprobe from Kabul");
    long before = exports("counsellor.dhaka", "inquiry");

    HttpResponse<String> csv =
        dhaka.get("/counselling/inquiries/export.csv?q=Csvprobe&channel=WHATSAPP");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).contains("inquiries-").endsWith(".csv\""));
    assertThat(csv.body())
        .startsWith("\uFEFFid,mrc,channel,received_at")
        .contains("Csvprobe বিদেশে কাজের ভিসা?")
        .contains("MRC-DHAKA,WHATSAPP")
        .doesNotContain("by hotline")
        .doesNotContain("from Kabul");
    assertThat(exports("counsellor.dhaka", "inquiry")).isEqualTo(before + 1);
    assertThat(
            jdbc.sql(
                    "select details from audit_event where actor = 'counsellor.dhaka'"
                        + " and subject_type = 'inquiry' and action = 'EXPORTED' order by id desc limit 1")
                .query(String.class)
                .single())
        .startsWith("1 rows;")
        .contains("channel=WHATSAPP")
        .contains("search=Csvprobe");
  }

  @Test
  void theSessionCsvHasTopicsAndCounsellorButNotTheNotes() {
    StaffClient dhaka = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long id = client(dhaka, mrc("MRC-DHAKA"), "Shirin Sessioncsv");
    session(dhaka, id, "2002-03-04", "topics=CONTRACTS&topics=HEALTH", "private words");
    StaffClient kabul = StaffClient.signedIn(port, "counsellor.kabul", PASSWORD);
    long other = client(kabul, mrc("MRC-KABUL"), "Laila Sessioncsv");
    session(kabul, other, "2002-03-04", "topics=HEALTH", "");

    HttpResponse<String> csv =
        dhaka.get("/counselling/sessions/export.csv?from=2002-03-04&to=2002-03-04&topic=HEALTH");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.body())
        .startsWith("\uFEFFid,mrc,held_on,client_id,client_name,counsellor")
        .contains("Shirin Sessioncsv")
        .contains("CONTRACTS HEALTH")
        .doesNotContain("private words")
        .doesNotContain("Laila Sessioncsv");
    assertThat(
            csv.body()
                .lines()
                .filter(l -> l.contains("Shirin Sessioncsv"))
                .findFirst()
                .orElseThrow())
        .doesNotContain(",#");
    assertThat(exports("counsellor.dhaka", "counselling_session")).isPositive();
  }

  @Test
  void aCoordinatorNarrowsSessionsAndInquiriesToOneMemberOfStaff() {
    StaffClient dhaka = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    long mine = client(dhaka, mrc("MRC-DHAKA"), "Jahanara Stafffilter");
    session(dhaka, mine, "2003-04-05", "topics=TRAVEL", "");
    StaffClient kabul = StaffClient.signedIn(port, "counsellor.kabul", PASSWORD);
    long theirs = client(kabul, mrc("MRC-KABUL"), "Gulalai Stafffilter");
    session(kabul, theirs, "2003-04-05", "topics=TRAVEL", "");
    long kabulId =
        jdbc.sql("select id from account where username = 'counsellor.kabul'")
            .query(Long.class)
            .single();

    StaffClient admin = StaffClient.signedIn(port, "admin", PASSWORD);
    String all = admin.get("/counselling/sessions?from=2003-04-05&to=2003-04-05").body();
    assertThat(all).contains("Jahanara Stafffilter").contains("Gulalai Stafffilter");
    assertThat(all).contains("<select id=\"counsellor\" name=\"counsellor\">");
    String one =
        admin
            .get("/counselling/sessions?from=2003-04-05&to=2003-04-05&counsellor=" + kabulId)
            .body();
    assertThat(one).contains("Gulalai Stafffilter").doesNotContain("Jahanara Stafffilter");
    assertThat(admin.get("/counselling/inquiries?assignee=" + kabulId).statusCode()).isEqualTo(200);
    // a tampered or mistyped filter is a clear 400, not an error page of the server
    assertThat(admin.get("/counselling/sessions?topic=NOPE").statusCode()).isEqualTo(400);
    assertThat(admin.get("/counselling/inquiries?from=2026-13-45").statusCode()).isEqualTo(400);
    assertThat(admin.get("/counselling/sessions/export.csv?sort=SIDEWAYS").statusCode())
        .isEqualTo(400);
  }
}
