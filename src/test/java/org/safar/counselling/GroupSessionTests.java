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

/** Group information and pre-departure sessions with their attendance. */
@SafarIntegrationTest
class GroupSessionTests {

  @LocalServerPort int port;
  @Autowired OrgUnits orgUnits;
  @Autowired JdbcClient jdbc;

  long mrc(String code) {
    return orgUnits.findByCode(code).orElseThrow().id();
  }

  String group(long mrc, String place, String counts) {
    return "mrcId="
        + mrc
        + "&kind=PRE_DEPARTURE&heldOn="
        + LocalDate.now()
        + "&place="
        + enc(place)
        + "&topics=CONTRACTS&topics=OCCUPATIONAL_SAFETY"
        + counts;
  }

  @Test
  void aPreDepartureSessionIsCountedBySexAndAgeAndListsRegisteredClients() {
    StaffClient dhaka = StaffClient.signedIn(port, "counsellor.dhaka", "safar-demo-2026");
    long mrc = mrc("MRC-DHAKA");
    HttpResponse<String> saved =
        dhaka.postRaw(
            "/counselling/groups/new?mrc=" + mrc,
            "/counselling/groups/new",
            group(
                mrc,
                "BMET training centre, Dhaka",
                "&count_FEMALE_AGE_18_24=12&count_MALE_AGE_25_34=8&count_OTHER_UNDER_18="));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    long id = CounsellingDeskTests.idFrom(saved);
    String page = dhaka.get("/counselling/groups/" + id).body();
    assertThat(page)
        .contains("id=\"group-total\">20<")
        .contains("Pre-departure orientation")
        .contains("Employment contracts");

    HttpResponse<String> client =
        dhaka.postRaw(
            "/counselling/clients/new",
            "/counselling/clients/new",
            "mrcId="
                + mrc
                + "&fullName="
                + enc("Morium Groupclient")
                + "&migrantStatus=DEPARTING&notDuplicate=true");
    long clientId = CounsellingDeskTests.idFrom(client);
    assertThat(dhaka.get("/counselling/groups/" + id + "?q=Groupclient").body())
        .contains("id=\"candidates\"")
        .contains("Morium Groupclient");
    dhaka.postRaw(
        "/counselling/groups/" + id,
        "/counselling/groups/" + id + "/attendees",
        "clientId=" + clientId);
    assertThat(dhaka.get("/counselling/groups/" + id).body())
        .contains("id=\"attendees\"")
        .contains("Morium Groupclient");
    assertThat(
            jdbc.sql("select count(*) from group_attendee where group_session_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    StaffClient kabul = StaffClient.signedIn(port, "counsellor.kabul", "safar-demo-2026");
    assertThat(kabul.get("/counselling/groups/" + id).statusCode()).isEqualTo(403);
    HttpResponse<String> kabulClient =
        kabul.postRaw(
            "/counselling/clients/new",
            "/counselling/clients/new",
            "mrcId="
                + mrc("MRC-KABUL")
                + "&fullName="
                + enc("Kabul Person")
                + "&migrantStatus=POTENTIAL&notDuplicate=true");
    long kabulId = CounsellingDeskTests.idFrom(kabulClient);
    dhaka.postRaw(
        "/counselling/groups/" + id,
        "/counselling/groups/" + id + "/attendees",
        "clientId=" + kabulId);
    assertThat(
            jdbc.sql("select count(*) from group_attendee where group_session_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void badCountsAreExplainedAndKeptAndNothingIsSaved() {
    StaffClient dhaka = StaffClient.signedIn(port, "counsellor.dhaka", "safar-demo-2026");
    long mrc = mrc("MRC-DHAKA");
    long before = jdbc.sql("select count(*) from group_session").query(Long.class).single();
    HttpResponse<String> r =
        dhaka.postRaw(
            "/counselling/groups/new",
            "/counselling/groups/new",
            group(mrc, "Courtyard meeting, Cumilla road", "&count_FEMALE_AGE_35_49=twelve"));
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body())
        .contains("id=\"group-error\"")
        .contains("Enter whole numbers")
        .contains("Courtyard meeting, Cumilla road")
        .contains("value=\"twelve\"");
    r =
        dhaka.postRaw(
            "/counselling/groups/new",
            "/counselling/groups/new",
            group(mrc, "Somewhere", "&count_MALE_UNDER_18=-3"));
    assertThat(r.body()).contains("Enter whole numbers");
    r =
        dhaka.postRaw(
            "/counselling/groups/new",
            "/counselling/groups/new",
            "mrcId=" + mrc + "&kind=INFORMATION&heldOn=" + LocalDate.now() + "&place=X");
    assertThat(r.body()).contains("Choose at least one topic");
    assertThat(jdbc.sql("select count(*) from group_session").query(Long.class).single())
        .isEqualTo(before);
  }

  @Test
  void aGroupSessionIsCorrectedWithItsCountsAndAStaleSaveIsRefused() {
    StaffClient dhaka = StaffClient.signedIn(port, "counsellor.dhaka", "safar-demo-2026");
    long mrc = mrc("MRC-DHAKA");
    HttpResponse<String> saved =
        dhaka.postRaw(
            "/counselling/groups/new",
            "/counselling/groups/new",
            group(mrc, "Union office, Tangail", "&count_FEMALE_AGE_18_24=5"));
    long id = CounsellingDeskTests.idFrom(saved);
    String path = "/counselling/groups/" + id + "/edit";
    assertThat(dhaka.get(path).body())
        .contains("Union office, Tangail")
        .contains("name=\"version\" value=\"0\"")
        .contains("value=\"5\"");

    String corrected =
        "kind=INFORMATION&heldOn="
            + LocalDate.now()
            + "&place="
            + enc("Union office, Tangail (upstairs)")
            + "&topics=HEALTH&count_FEMALE_AGE_18_24=6&count_MALE_AGE_25_34=3&version=";
    HttpResponse<String> r = dhaka.postRaw(path, path, corrected + "0");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    assertThat(dhaka.get("/counselling/groups/" + id).body())
        .contains("id=\"group-total\">9<")
        .contains("(upstairs)");
    assertThat(
            jdbc.sql(
                    "select string_agg(topic, ',') from group_session_topic where group_session_id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("HEALTH");

    HttpResponse<String> stale = dhaka.postRaw(path, path, corrected.replace("=6", "=60") + "0");
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body()).contains("Someone else saved").contains("value=\"60\"");
    assertThat(dhaka.get(path).body()).contains("UPDATED");

    StaffClient kabul = StaffClient.signedIn(port, "counsellor.kabul", "safar-demo-2026");
    assertThat(kabul.get(path).statusCode()).isEqualTo(403);
  }
}
