package org.safar.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Errors say what happened in the reader's language and never show internals. */
@SafarIntegrationTest
class ErrorPagesTests {

  @LocalServerPort int port;

  @Test
  void aFailureShowsAFriendlyPageWithoutInternals() {
    StaffClient client = StaffClient.signedIn(port, "viewer", "safar-demo-2026");
    HttpResponse<String> r = client.get("/test/failure");
    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.body())
        .contains("Something went wrong")
        .doesNotContain("secret internal detail")
        .doesNotContain("IllegalStateException")
        .doesNotContain("org.safar");
  }

  @Test
  void aMissingPageIsExplainedInArabicFromRightToLeft() {
    StaffClient client = StaffClient.signedIn(port, "viewer", "safar-demo-2026");
    HttpResponse<String> r = client.get("/no/such/page?lang=ar");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body())
        .contains("dir=\"rtl\"")
        .contains("lang=\"ar\"")
        .contains("الصفحة غير موجودة");
  }

  @Test
  void aForbiddenPageIsExplainedInRussian() {
    StaffClient client = StaffClient.signedIn(port, "counsellor.kabul", "safar-demo-2026");
    HttpResponse<String> r = client.get("/accounts?lang=ru");
    assertThat(r.statusCode()).isEqualTo(403);
    assertThat(r.body())
        .contains("lang=\"ru\"")
        .doesNotContain("Not allowed")
        .contains("<h1 id=\"error-title\">");
  }
}
