package org.safar.counselling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safar.StaffClient.enc;

import java.net.http.HttpResponse;
import org.safar.StaffClient;

/** Records made through the desk's forms, as a counsellor would, for tests that need some. */
final class DeskFixtures {

  private DeskFixtures() {}

  /** The id in a redirect to a record's page, e.g. {@code /counselling/clients/42}. */
  static long idFrom(HttpResponse<String> redirect) {
    String location = redirect.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.replaceAll(".*/(\\d+)(\\?.*)?$", "$1"));
  }

  static long inquiry(StaffClient c, long mrc, String channel, String question) {
    return saved(
        c.postRaw(
            "/counselling/inquiries/new?mrc=" + mrc,
            "/counselling/inquiries/new",
            "mrcId=" + mrc + "&channel=" + channel + "&language=bn&question=" + enc(question)));
  }

  /** A client with a name and no phone, not flagged as a duplicate. */
  static long client(StaffClient c, long mrc, String name) {
    return saved(
        c.postRaw(
            "/counselling/clients/new",
            "/counselling/clients/new",
            "mrcId="
                + mrc
                + "&fullName="
                + enc(name)
                + "&migrantStatus=POTENTIAL&notDuplicate=true"));
  }

  /** A hotline session of 20 minutes; {@code topics} as form fields, e.g. "topics=VISAS". */
  static void session(StaffClient c, long client, String day, String topics, String notes) {
    saved(
        c.postRaw(
            "/counselling/clients/" + client + "/sessions/new",
            "/counselling/clients/" + client + "/sessions/new",
            "channel=HOTLINE&heldOn="
                + day
                + "&durationMinutes=20&"
                + topics
                + "&notes="
                + enc(notes)));
  }

  private static long saved(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    return idFrom(r);
  }
}
