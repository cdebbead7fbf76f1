package org.safar.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff keep the MRCs' public profiles: a coordinator their own centre only, content editors and
 * administrators those in their scope; bad input and stale forms save nothing; the portal shows a
 * save at once and never runs what was typed.
 */
@SafarIntegrationTest
class MrcProfileTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  StaffClient as(String username) {
    return StaffClient.signedIn(port, username, "safar-demo-2026");
  }

  StaffClient visitor() {
    return new StaffClient(port);
  }

  long mrc(String code) {
    return jdbc.sql("select id from org_unit where code = ?")
        .param(code)
        .query(Long.class)
        .single();
  }

  /** The form as the page would send it now: the unit's and the profile's current values. */
  Map<String, String> current(long id) {
    Map<String, Object> u =
        jdbc.sql(
                "select u.version, coalesce(u.address, '') as address, coalesce(u.city, '') as city,"
                    + " coalesce(u.hotline, '') as hotline, coalesce(u.email, '') as email,"
                    + " coalesce(u.opening_hours, '') as hours,"
                    + " array_to_string(u.languages, ', ') as languages,"
                    + " coalesce(p.version, 0) as pversion,"
                    + " coalesce(p.latitude::text, '') as lat, coalesce(p.longitude::text, '') as lon,"
                    + " coalesce(p.directions, '') as directions, coalesce(p.map_link, '') as map"
                    + " from org_unit u left join mrc_public_profile p on p.org_unit_id = u.id"
                    + " where u.id = ?")
            .param(id)
            .query()
            .singleRow();
    Map<String, String> f = new LinkedHashMap<>();
    f.put("unitVersion", String.valueOf(u.get("version")));
    f.put("profileVersion", String.valueOf(u.get("pversion")));
    f.put("address", (String) u.get("address"));
    f.put("city", (String) u.get("city"));
    f.put("hotline", (String) u.get("hotline"));
    f.put("email", (String) u.get("email"));
    f.put("openingHours", (String) u.get("hours"));
    f.put("languages", (String) u.get("languages"));
    f.put("latitude", (String) u.get("lat"));
    f.put("longitude", (String) u.get("lon"));
    f.put("directions", (String) u.get("directions"));
    f.put("mapLink", (String) u.get("map"));
    f.put("listed", "true");
    f.put("_listed", "on");
    return f;
  }

  String directions(long id) {
    return jdbc.sql("select directions from mrc_public_profile where org_unit_id = ?")
        .param(id)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  long audited(String actor, String action, long id) {
    return jdbc.sql(
            "select count(*) from audit_event where actor = ? and action = ?"
                + " and subject_type = 'mrc_public_profile' and subject_id = ?")
        .params(actor, action, String.valueOf(id))
        .query(Long.class)
        .single();
  }

  @Test
  void theCoordinatorEditsTheirOwnCentreAndThePortalShowsItAtOnce() {
    long dhaka = mrc("MRC-DHAKA");
    StaffClient coordinator = as("coordinator.dhaka");
    // the portal has read (and keeps) the list before the change
    assertThat(visitor().get("/portal/mrcs/" + dhaka + "?lang=en").statusCode()).isEqualTo(200);
    String list = coordinator.get("/content/mrcs").body();
    assertThat(list).contains("/content/mrcs/" + dhaka).doesNotContain("MRC Kabul");
    assertThat(coordinator.get("/").body()).contains("href=\"/content/mrcs\"");

    String path = "/content/mrcs/" + dhaka;
    Map<String, String> f = current(dhaka);
    String directions = "Second floor, lift behind the pharmacy " + System.nanoTime();
    f.put("directions", directions);
    f.put("openingHours", "Sun–Thu 9:00–17:00, Sat 10:00–14:00");
    f.put("latitude", "23.8104");
    f.put("longitude", "90.4126");
    HttpResponse<String> saved = coordinator.postForm(path, path, f);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(StaffClient.location(saved)).isEqualTo(path);
    assertThat(coordinator.get(path).body()).contains("The portal shows it now");

    assertThat(directions(dhaka)).isEqualTo(directions);
    assertThat(audited("coordinator.dhaka", "PROFILE_SAVED", dhaka)).isGreaterThanOrEqualTo(1);
    String page = visitor().get("/portal/mrcs/" + dhaka + "?lang=en").body();
    assertThat(page)
        .contains(directions)
        .contains("Sun–Thu 9:00–17:00, Sat 10:00–14:00")
        .contains("mlat=23.81040");
  }

  @Test
  void anotherCentresCoordinatorIsRefusedAndAudited() {
    long kabul = mrc("MRC-KABUL");
    StaffClient coordinator = as("coordinator.dhaka");
    String before = directions(kabul);
    long refusals = audited("coordinator.dhaka", "ACCESS_DENIED", kabul);

    assertThat(coordinator.get("/content/mrcs/" + kabul).statusCode()).isEqualTo(403);
    Map<String, String> f = current(kabul);
    f.put("directions", "Taken over");
    String own = "/content/mrcs/" + mrc("MRC-DHAKA");
    HttpResponse<String> post = coordinator.postForm(own, "/content/mrcs/" + kabul, f);
    assertThat(post.statusCode()).isEqualTo(403);

    assertThat(directions(kabul)).isEqualTo(before);
    assertThat(audited("coordinator.dhaka", "ACCESS_DENIED", kabul)).isEqualTo(refusals + 2);
  }

  @Test
  void aCounsellorMayNotEditProfiles() {
    long dhaka = mrc("MRC-DHAKA");
    StaffClient counsellor = as("counsellor.dhaka");
    assertThat(counsellor.get("/content/mrcs").statusCode()).isEqualTo(403);
    assertThat(counsellor.get("/content/mrcs/" + dhaka).statusCode()).isEqualTo(403);
    assertThat(counsellor.get("/").body()).doesNotContain("href=\"/content/mrcs\"");
  }

  @Test
  void badInputIsExplainedAndNothingIsSaved() {
    long id = mrc("MRC-ISLAMABAD");
    StaffClient editor = as("editor");
    String path = "/content/mrcs/" + id;
    String before = directions(id);

    Map<String, String> f = current(id);
    f.put("directions", "Should not be saved");
    f.put("latitude", "95");
    f.put("longitude", "73.05");
    HttpResponse<String> r = editor.postForm(path, path, f);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("The latitude is a number from -90 to 90");
    assertThat(r.body()).contains("Should not be saved"); // the form keeps what was typed
    assertThat(directions(id)).isEqualTo(before);

    f.put("latitude", "33.7");
    f.put("longitude", "-181");
    assertThat(editor.postForm(path, path, f).body())
        .contains("The longitude is a number from -180 to 180");
    f.put("longitude", "north");
    assertThat(editor.postForm(path, path, f).body())
        .contains("The longitude is a number from -180 to 180");

    f.put("longitude", "73.05");
    f.put("mapLink", "javascript:alert(1)");
    assertThat(editor.postForm(path, path, f).body()).contains("must be a full https address");
    f.put("mapLink", "http://maps.example.org/x");
    assertThat(editor.postForm(path, path, f).body()).contains("must be a full https address");

    f.put("mapLink", "");
    f.put("hotline", "call us maybe");
    assertThat(editor.postForm(path, path, f).body()).contains("Enter a phone number");
    f.put("hotline", "+92 (51) 111-222-333");
    f.put("directions", "x".repeat(501));
    assertThat(editor.postForm(path, path, f).body()).contains("at most 500 characters");

    assertThat(directions(id)).isEqualTo(before);
  }

  @Test
  void aStaleFormIsNotSavedOverANewerSave() {
    long id = mrc("MRC-ISLAMABAD");
    StaffClient editor = as("editor");
    String path = "/content/mrcs/" + id;
    Map<String, String> first = current(id);
    Map<String, String> second = new LinkedHashMap<>(first);

    first.put("directions", "First save " + System.nanoTime());
    assertThat(editor.postForm(path, path, first).statusCode()).isEqualTo(302);

    second.put("directions", "Stale save");
    HttpResponse<String> r = editor.postForm(path, path, second);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).contains("Someone else saved this record while you were editing it");
    assertThat(directions(id)).isEqualTo(first.get("directions"));

    // the contact details carry their own version: a stale one changes nothing either
    Map<String, String> third = current(id);
    third.put("unitVersion", String.valueOf(Integer.parseInt(third.get("unitVersion")) - 1));
    third.put("openingHours", "Never saved hours");
    third.put("directions", "Never saved either");
    assertThat(editor.postForm(path, path, third).body()).contains("Someone else saved this");
    assertThat(directions(id)).isEqualTo(first.get("directions"));
  }

  @Test
  void typedMarkupIsShownAsTextOnThePortal() {
    long id = mrc("MRC-ISLAMABAD");
    StaffClient editor = as("editor");
    String path = "/content/mrcs/" + id;
    Map<String, String> f = current(id);
    f.put("directions", "<script>alert('x')</script> <b>Gate 2</b>");
    f.put("openingHours", "<img src=x onerror=alert(1)> Mon–Fri");
    f.put("mapLink", "https://maps.example.org/?q=33.7,73.05&z=17");
    assertThat(editor.postForm(path, path, f).statusCode()).isEqualTo(302);

    String page = visitor().get("/portal/mrcs/" + id + "?lang=en").body();
    assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x");
    assertThat(page)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &lt;b&gt;Gate 2&lt;/b&gt;");
    assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt; Mon–Fri");
    assertThat(page).contains("href=\"https://maps.example.org/?q=33.7,73.05&amp;z=17\"");
    assertThat(page).contains("Open the map");
  }

  @Test
  void theListShowsWhatIsMissingAndSearches() {
    StaffClient admin = as("admin");
    String all = admin.get("/content/mrcs").body();
    assertThat(all).contains("MRC Kabul").contains("MRC Dhaka");
    String found = admin.get("/content/mrcs?q=dushanbe").body();
    assertThat(found).contains("/content/mrcs/" + mrc("MRC-DUSHANBE")).doesNotContain("MRC Kabul");
    assertThat(admin.get("/content/mrcs?q=no-such-centre-anywhere").body())
        .contains("Nothing found");
    List<Long> incomplete =
        jdbc.sql(
                "select u.id from org_unit u left join mrc_public_profile p"
                    + " on p.org_unit_id = u.id where u.kind = 'MRC' and not "
                    + MrcProfileRepository.COMPLETE)
            .query(Long.class)
            .list();
    String missing = admin.get("/content/mrcs?state=missing").body();
    for (long id : incomplete) {
      assertThat(missing).contains("/content/mrcs/" + id + "\"");
    }
    if (!incomplete.isEmpty()) {
      assertThat(missing).contains("Missing");
    }
  }
}
