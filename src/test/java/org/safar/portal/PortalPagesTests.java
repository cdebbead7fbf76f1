package org.safar.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safar.SafarIntegrationTest;
import org.safar.shell.SupportedLocale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every public page in every language: the right direction, no script, nothing loaded from another
 * host, cacheable, and no cookie unless the page holds a form.
 */
@SafarIntegrationTest
class PortalPagesTests {

  private static final Pattern LOADS = Pattern.compile("(?:src|href)=\"(https?://[^\"]+)\"");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @EnumSource(SupportedLocale.class)
  void everyPageIsTinyAndInTheVisitorsLanguage(SupportedLocale language) throws Exception {
    long leaflet =
        jdbc.sql("select leaflet_id from leaflet_translation where title like 'Five steps%'")
            .query(Long.class)
            .single();
    long mrc =
        jdbc.sql("select id from org_unit where code = 'MRC-DHAKA'").query(Long.class).single();
    for (String path :
        new String[] {
          "/portal",
          "/portal/countries/BD",
          "/portal/mrcs",
          "/portal/mrcs/" + mrc,
          "/portal/leaflets",
          "/portal/leaflets?in=all&topic=RECRUITMENT_COSTS",
          "/portal/leaflets/" + leaflet,
          "/portal/ask"
        }) {
      String sep = path.contains("?") ? "&" : "?";
      HttpResponse<String> page = get(path + sep + "lang=" + language.tag());
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      String html = page.body();
      assertThat(html)
          .as(path)
          .contains("lang=\"" + language.tag() + "\"")
          .contains("dir=\"" + (language.rightToLeft() ? "rtl" : "ltr") + "\"")
          .doesNotContain("<script")
          .doesNotContain("style=");
      Matcher other = LOADS.matcher(html);
      while (other.find()) {
        // links a person may follow are fine (OpenStreetMap, the leaflet's own links); nothing
        // the page loads by itself may come from another host
        assertThat(other.group(0)).as(path).startsWith("href=");
        assertThat(html).doesNotContain("<link rel=\"stylesheet\" href=\"http");
      }
      if (!path.equals("/portal/ask")) {
        assertThat(page.headers().firstValue("Cache-Control"))
            .as(path)
            .hasValue("public, max-age=300");
        assertThat(page.headers().allValues("Set-Cookie"))
            .as(path)
            .noneMatch(c -> c.startsWith("SAFAR_PORTAL_CSRF") || c.startsWith("SESSION"));
      }
    }
  }
}
