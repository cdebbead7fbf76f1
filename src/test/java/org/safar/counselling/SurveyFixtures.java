package org.safar.counselling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.StaffClient.enc;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safar.StaffClient;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Clients, due follow-ups and survey uploads for the follow-up survey import tests. */
final class SurveyFixtures {

  static final String PASSWORD = "safar-demo-2026";
  static final String IMPORT = "/counselling/follow-ups/import";
  private static final Pattern PREVIEW = Pattern.compile(IMPORT + "/([0-9a-f-]{36})");

  private SurveyFixtures() {}

  static StaffClient as(int port, String username) {
    return StaffClient.signedIn(port, username, PASSWORD);
  }

  /** A session held a month ago that schedules a follow-up on the day given. */
  static void sessionWithFollowUp(StaffClient c, long client, LocalDate followUpOn) {
    HttpResponse<String> r =
        c.postRaw(
            "/counselling/clients/" + client + "/sessions/new",
            "/counselling/clients/" + client + "/sessions/new",
            "channel=WALK_IN&heldOn="
                + LocalDate.now().minusDays(40)
                + "&durationMinutes=30&topics=VISAS&intention=IRREGULAR&likelihood=4&followUpOn="
                + followUpOn
                + "&notes="
                + enc("first session"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
  }

  /** Uploads a file: the preview page after the redirect, or the form with its refusal. */
  static HttpResponse<String> upload(StaffClient c, String name, byte[] file) {
    HttpResponse<String> r = c.postFile(IMPORT, IMPORT, "file", name, file);
    String location = StaffClient.location(r);
    return location == null ? r : c.get(location);
  }

  /** The preview's own path, from its confirmation form or its error download. */
  static String previewPath(HttpResponse<String> preview) {
    Matcher m = PREVIEW.matcher(preview.body());
    assertThat(m.find()).as(preview.body()).isTrue();
    return IMPORT + "/" + m.group(1);
  }

  static HttpResponse<String> confirm(StaffClient c, String path, int close, int create, int skip) {
    return c.postForm(
        path,
        path,
        Map.of(
            "close", Integer.toString(close),
            "create", Integer.toString(create),
            "skipped", Integer.toString(skip)));
  }

  static long count(JdbcClient jdbc, String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }
}
