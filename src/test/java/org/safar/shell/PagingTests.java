package org.safar.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A list longer than a page links to its next page, keeping the search, and that page opens. */
@SafarIntegrationTest
class PagingTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void aLongListPagesForwardAndBackKeepingItsSearch() {
    for (int i = 0; i < 120; i++) {
      jdbc.sql(
              "insert into audit_event (actor, action, subject_type, details) values ('pager.test', 'PAGED', 'paging', ?)")
          .param("row " + i)
          .update();
    }
    StaffClient admin = StaffClient.signedIn(port, "admin", "safar-demo-2026");
    HttpResponse<String> first = admin.get("/audit?q=pager.test");
    assertThat(first.statusCode()).isEqualTo(200);
    Matcher next = Pattern.compile("href=\"([^\"]+)\" rel=\"next\"").matcher(first.body());
    assertThat(next.find()).as("a link to the next page").isTrue();
    String link = next.group(1).replace("&amp;", "&");
    assertThat(link).contains("q=pager.test").contains("page=1");
    HttpResponse<String> second = admin.get(link);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.body()).contains("rel=\"prev\"").contains("Page 2 of 3");
  }
}
