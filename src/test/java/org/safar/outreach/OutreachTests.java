package org.safar.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.StaffClient.enc;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Campaigns and events: attendance, reach kept apart, bad input, scope, CSV, project page. */
@SafarIntegrationTest
class OutreachTests {

  static final String PASSWORD = "safar-demo-2026";

  @LocalServerPort int port;
  @Autowired OrgUnits orgUnits;
  @Autowired Portfolio portfolio;
  @Autowired JdbcClient jdbc;

  long unit(String code) {
    return orgUnits.findByCode(code).orElseThrow().id();
  }

  long project(String code) {
    return portfolio.findByCode(code).orElseThrow().id();
  }

  static long idFrom(HttpResponse<String> redirect) {
    String location = redirect.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.replaceAll(".*/(\\d+)(\\?.*)?$", "$1"));
  }

  long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  long campaign(StaffClient c, String title, long unit) {
    HttpResponse<String> r =
        c.postRaw(
            "/outreach/campaigns/new",
            "/outreach/campaigns/new",
            "title="
                + enc(title)
                + "&projectId="
                + project("PROTECT-MRC")
                + "&orgUnitId="
                + unit
                + "&startsOn=2024-01-01&audiences=WOMEN&channels=RADIO&objective="
                + enc("=cmd"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    return idFrom(r);
  }

  String event(long campaign, String place, String cells, String reach) {
    return "campaignId="
        + campaign
        + "&kind=COURTYARD_MEETING&heldOn="
        + LocalDate.now()
        + "&place="
        + enc(place)
        + cells
        + "&reach="
        + reach;
  }

  @Test
  void anOfficerRecordsAnEventAndReachIsNeverCountedAsPeople() {
    StaffClient lahore = StaffClient.signedIn(port, "outreach.lahore", PASSWORD);
    long campaign = campaign(lahore, "Radio spots on recruitment fees", unit("MRC-LAHORE"));
    HttpResponse<String> meeting =
        lahore.postRaw(
            "/outreach/events/new?campaign=" + campaign,
            "/outreach/events/new",
            event(
                campaign,
                "Model Town, Lahore",
                "&counts%5BFEMALE_AGE_18_24%5D=12&counts%5BMALE_UNDER_18%5D=5",
                "0"));
    assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(302);
    long meetingId = idFrom(meeting);
    HttpResponse<String> radio =
        lahore.postRaw(
            "/outreach/events/new",
            "/outreach/events/new",
            "campaignId="
                + campaign
                + "&kind=MEDIA_PROGRAMME&heldOn="
                + LocalDate.now()
                + "&place="
                + enc("FM 101")
                + "&reach=250000");
    assertThat(radio.statusCode()).as(radio.body()).isEqualTo(302);

    String event = lahore.get("/outreach/events/" + meetingId).body();
    assertThat(event).contains("id=\"event-people\">17<").contains("id=\"event-reach\">0<");
    String page = lahore.get("/outreach/campaigns/" + campaign).body();
    assertThat(page)
        .contains("id=\"total-people\">17<")
        .contains("id=\"total-reach\">250000<")
        .contains("Model Town, Lahore")
        .doesNotContain(">250017<");
    assertThat(count("select count(*) from outreach_event where campaign_id = ?", campaign))
        .isEqualTo(2);
    // the event's project and unit are the campaign's
    assertThat(
            count(
                "select count(*) from outreach_event where campaign_id = ? and org_unit_id = ?",
                campaign,
                unit("MRC-LAHORE")))
        .isEqualTo(2);
  }

  @Test
  void negativeOrMistypedAttendanceIsRefusedAndNothingIsSaved() {
    StaffClient lahore = StaffClient.signedIn(port, "outreach.lahore", PASSWORD);
    long campaign = campaign(lahore, "School sessions on irregular migration", unit("MRC-LAHORE"));
    long before = count("select count(*) from outreach_event");
    HttpResponse<String> negative =
        lahore.postRaw(
            "/outreach/events/new",
            "/outreach/events/new",
            event(campaign, "Negative school", "&counts%5BFEMALE_UNDER_18%5D=-3", "0"));
    assertThat(negative.statusCode()).isEqualTo(200);
    assertThat(negative.body())
        .contains("id=\"form-error\"")
        .contains("Attendance must be whole numbers from 0 to 1,000,000");
    HttpResponse<String> typo =
        lahore.postRaw(
            "/outreach/events/new",
            "/outreach/events/new",
            event(campaign, "Typo school", "&counts%5BFEMALE_UNDER_18%5D=twelve", "0"));
    assertThat(typo.statusCode()).isEqualTo(200);
    assertThat(typo.body()).contains("id=\"form-error\"");
    HttpResponse<String> reach =
        lahore.postRaw(
            "/outreach/events/new", "/outreach/events/new", event(campaign, "Radio", "", "-5"));
    assertThat(reach.statusCode()).isEqualTo(200);
    assertThat(reach.body()).contains("Reach must be a whole number of contacts");
    HttpResponse<String> future =
        lahore.postRaw(
            "/outreach/events/new",
            "/outreach/events/new",
            "campaignId="
                + campaign
                + "&kind=SCHOOL_SESSION&heldOn="
                + LocalDate.now().plusDays(3)
                + "&place=x");
    assertThat(future.body()).contains("it cannot be in the future");
    assertThat(count("select count(*) from outreach_event")).isEqualTo(before);
  }

  @Test
  void recordsOutsideTheOfficersUnitAreRefusedAndAudited() {
    StaffClient admin = StaffClient.signedIn(port, "admin", PASSWORD);
    long dhakaCampaign = campaign(admin, "Dhaka-only campaign", unit("MRC-DHAKA"));
    StaffClient lahore = StaffClient.signedIn(port, "outreach.lahore", PASSWORD);
    assertThat(lahore.get("/outreach/campaigns/" + dhakaCampaign).statusCode()).isEqualTo(403);
    assertThat(
            count(
                "select count(*) from audit_event where action = 'ACCESS_DENIED'"
                    + " and subject_type = 'outreach_campaign' and subject_id = ?",
                Long.toString(dhakaCampaign)))
        .isGreaterThanOrEqualTo(1);
    assertThat(lahore.get("/outreach/campaigns").body()).doesNotContain("Dhaka-only campaign");
    // nor can the officer file a campaign or an event under the Dhaka MRC
    HttpResponse<String> intoDhaka =
        lahore.postRaw(
            "/outreach/campaigns/new",
            "/outreach/campaigns/new",
            "title=x&projectId="
                + project("PROTECT-MRC")
                + "&orgUnitId="
                + unit("MRC-DHAKA")
                + "&startsOn=2024-01-01");
    assertThat(intoDhaka.statusCode()).isEqualTo(200);
    assertThat(intoDhaka.body()).contains("Choose an org unit you work in");
    HttpResponse<String> event =
        lahore.postRaw(
            "/outreach/events/new",
            "/outreach/events/new",
            event(dhakaCampaign, "Sneaky", "&counts%5BMALE_AGE_25_34%5D=3", "0"));
    assertThat(event.body()).contains("Choose one of your campaigns");
    // a counsellor does not work in outreach at all
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", PASSWORD);
    assertThat(counsellor.get("/outreach/events").statusCode()).isEqualTo(403);
    // a viewer reads but does not record
    StaffClient viewer = StaffClient.signedIn(port, "viewer", PASSWORD);
    assertThat(viewer.get("/outreach/campaigns/" + dhakaCampaign).statusCode()).isEqualTo(200);
    assertThat(viewer.get("/outreach/events/new").statusCode()).isEqualTo(403);
  }

  @Test
  void csvExportHasAttendanceCellsAndReachApartWithinScopeAndIsAudited() {
    StaffClient lahore = StaffClient.signedIn(port, "outreach.lahore", PASSWORD);
    long campaign = campaign(lahore, "Export campaign", unit("MRC-LAHORE"));
    lahore.postRaw(
        "/outreach/events/new",
        "/outreach/events/new",
        event(campaign, "=HYPERLINK(\"x\")", "&counts%5BOTHER_AGE_50_PLUS%5D=4", "99"));
    HttpResponse<byte[]> csv = lahore.download("/outreach/events/export.csv?campaign=" + campaign);
    assertThat(csv.statusCode()).isEqualTo(200);
    String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFFid,held_on,kind,place");
    assertThat(text).contains("other_age_50_plus,people_attending,reach_non_unique");
    assertThat(text).contains("'=HYPERLINK");
    assertThat(text.lines().count()).isEqualTo(2);
    String all = new String(lahore.download("/outreach/events/export.csv").body());
    assertThat(all).contains("Facebook page").doesNotContain("MRC Bangladesh Facebook page");
    assertThat(
            count(
                "select count(*) from audit_event where action = 'EXPORTED'"
                    + " and subject_type = 'outreach_event'"))
        .isGreaterThanOrEqualTo(1);
    String campaigns =
        new String(lahore.download("/outreach/campaigns/export.csv?q=Export+campaign").body());
    assertThat(campaigns).contains("Export campaign").contains(",1,4,99");
  }

  @Test
  void editingNeedsTheCurrentVersionAndDeletingAsksFirst() {
    StaffClient lahore = StaffClient.signedIn(port, "outreach.lahore", PASSWORD);
    long campaign = campaign(lahore, "Versioned campaign", unit("MRC-LAHORE"));
    String stale =
        "title="
            + enc("Renamed")
            + "&projectId="
            + project("PROTECT-MRC")
            + "&orgUnitId="
            + unit("MRC-LAHORE")
            + "&startsOn=2024-01-01&version=";
    assertThat(
            lahore
                .postRaw(
                    "/outreach/campaigns/" + campaign + "/edit",
                    "/outreach/campaigns/" + campaign + "/edit",
                    stale + "0")
                .statusCode())
        .isEqualTo(302);
    HttpResponse<String> conflict =
        lahore.postRaw(
            "/outreach/campaigns/" + campaign + "/edit",
            "/outreach/campaigns/" + campaign + "/edit",
            stale.replace("Renamed", "Again") + "0");
    assertThat(conflict.body()).contains("Someone else saved this record");
    assertThat(lahore.get("/outreach/campaigns/" + campaign + "/delete").body())
        .contains("id=\"confirm-delete\"");
    HttpResponse<String> deleted =
        lahore.postRaw(
            "/outreach/campaigns/" + campaign + "/delete",
            "/outreach/campaigns/" + campaign + "/delete",
            "version=1");
    assertThat(deleted.statusCode()).isEqualTo(302);
    assertThat(count("select count(*) from outreach_campaign where id = ?", campaign)).isZero();
    assertThat(
            count(
                "select count(*) from audit_event where action = 'DELETED'"
                    + " and subject_type = 'outreach_campaign' and subject_id = ?",
                Long.toString(campaign)))
        .isEqualTo(1);
  }

  @Test
  void theProjectPageCountsOutreachUnderItAndLinksToTheFilteredList() {
    StaffClient manager = StaffClient.signedIn(port, "manager", PASSWORD);
    long flagships = project("IMM-FLAGSHIPS");
    String page = manager.get("/portfolio/" + flagships).body();
    assertThat(page).contains("id=\"recorded\"");
    assertThat(page).contains("/outreach/events?project=" + flagships);
    assertThat(page).contains("/equipment?project=" + flagships);
    long programme = project("IMM-SILK-ROUTES");
    String events = manager.get("/outreach/events?project=" + programme).body();
    assertThat(events).contains("Savar").contains("Cumilla");
    String onlyFacility = manager.get("/outreach/events?project=" + project("IMM-FACILITY")).body();
    assertThat(onlyFacility).contains("Cumilla").doesNotContain("Savar");
  }
}
