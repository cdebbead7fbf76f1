package org.safar.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.shell.SupportedLocale;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The portal's shell: open without signing in, in all eight languages with the script's direction,
 * no session made for a visitor, the same security headers as staff pages; staff pages stay in
 * their four languages.
 */
@SafarIntegrationTest
class PortalShellTests {

  @LocalServerPort int port;

  HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @ParameterizedTest
  @EnumSource(SupportedLocale.class)
  void theFrontPageIsOpenInEveryLanguageAndDirection(SupportedLocale language) throws Exception {
    HttpResponse<String> page = get("/portal?lang=" + language.tag());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("lang=\"" + language.tag() + "\"")
        .contains("dir=\"" + (language.rightToLeft() ? "rtl" : "ltr") + "\"");
    // every language is offered, each named in itself
    SupportedLocale.portal().forEach(l -> assertThat(page.body()).contains(l.nativeName()));
    assertThat(page.body()).doesNotContain("<script");
  }

  @Test
  void aVisitorGetsNoSessionAndTheSameHeadersAsStaff() throws Exception {
    HttpResponse<String> page = get("/portal", "Accept-Language", "bn-BD,bn;q=0.9");
    assertThat(page.body()).contains("lang=\"bn\"");
    List<String> cookies = page.headers().allValues("Set-Cookie");
    assertThat(cookies).noneMatch(c -> c.startsWith("SESSION"));
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
  }

  @Test
  void staffPagesStayInTheStaffLanguages() throws Exception {
    HttpResponse<String> login = get("/login", "Accept-Language", "bn");
    assertThat(login.body()).contains("lang=\"en\"");
    StaffClient staff = new StaffClient(port);
    assertThat(staff.get("/login?lang=ur").body()).contains("lang=\"en\"").contains("dir=\"ltr\"");
  }

  @Test
  void anUnknownPortalPageIsANotFoundPage() throws Exception {
    HttpResponse<String> page = get("/portal/no-such-page?lang=ps");
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).doesNotContain("Exception");
  }
}
