package org.safar.news;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Editors preview an item as the portal would show it (never the public, never a cache or a search
 * engine) and delete one after a confirmation: it leaves the list, the portal and the feeds, its
 * image with it, and the audit trail says so.
 */
@SafarIntegrationTest
class NewsPreviewAndDeleteTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  StaffClient editor() {
    return StaffClient.signedIn(port, "editor", "safar-demo-2026");
  }

  long save(StaffClient c, Map<String, String> fields, byte[] image) {
    HttpResponse<String> r = c.postFile("/news/new", "/news/new", fields, "image", "i.png", image);
    String location = StaffClient.location(r);
    assertThat(location).as(r.body()).matches("/news/\\d+/edit");
    return Long.parseLong(location.replaceAll("\\D", ""));
  }

  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
  };

  @Test
  void aDraftIsPreviewedByStaffOnly() {
    StaffClient c = editor();
    String title = "Draft preview " + System.nanoTime();
    long id = save(c, NewsCentreTests.item("en", title, "Body **bold**", "DRAFT"), PNG);
    assertThat(c.get("/news/" + id + "/edit").body()).contains("/news/" + id + "/preview");

    HttpResponse<String> preview = c.get("/news/" + id + "/preview");
    assertThat(preview.statusCode()).isEqualTo(200);
    assertThat(preview.body())
        .contains(title)
        .contains("<strong>bold</strong>")
        .contains("id=\"preview-banner\"")
        .contains("Preview.")
        .contains("body class=\"portal\"")
        .contains("<meta name=\"robots\" content=\"noindex, nofollow\">")
        .contains("/news/" + id + "/image");
    assertThat(preview.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    assertThat(preview.headers().firstValue("X-Robots-Tag").orElse("")).contains("noindex");

    HttpResponse<String> anonymous = new StaffClient(port).get("/news/" + id + "/preview");
    assertThat(anonymous.statusCode()).isIn(302, 401, 403, 404);
    assertThat(anonymous.body()).doesNotContain(title);
    assertThat(new StaffClient(port).get("/portal/news/" + id).statusCode()).isEqualTo(404);
    // the manager reads the news centre too; a counsellor does not
    assertThat(
            StaffClient.signedIn(port, "counsellor.dhaka", "safar-demo-2026")
                .get("/news/" + id + "/preview")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void aPublishedItemIsDeletedEverywhereAfterAConfirmation() {
    StaffClient c = editor();
    String title = "Going away " + System.nanoTime();
    Map<String, String> fields = NewsCentreTests.item("tg", title, "Body", "PUBLISHED");
    fields.put("publishedOn", "2029-12-31");
    long id = save(c, fields, PNG);
    StaffClient visitor = new StaffClient(port);
    assertThat(visitor.get("/portal/news/" + id + "?lang=tg").statusCode()).isEqualTo(200);
    assertThat(new String(visitor.download("/portal/news/feed/tg.rss").body())).contains(title);
    assertThat(new String(visitor.download("/portal/news/feed/tg.atom").body())).contains(title);

    HttpResponse<String> confirm = c.get("/news/" + id + "/delete");
    assertThat(confirm.statusCode()).isEqualTo(200);
    assertThat(confirm.body())
        .contains(title)
        .contains("it disappears from the portal and from the RSS and Atom feeds")
        .contains("Its image is deleted with it");

    // without the CSRF token nothing happens
    HttpResponse<String> forged =
        c.post("/news/" + id + "/delete", Map.of("version", String.valueOf(version(id))));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(exists(id)).isTrue();
    // a stale version deletes nothing
    HttpResponse<String> stale =
        c.postForm("/news/" + id + "/delete", "/news/" + id + "/delete", Map.of("version", "99"));
    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body()).contains("id=\"delete-problem\"");
    assertThat(exists(id)).isTrue();

    HttpResponse<String> done =
        c.postForm(
            "/news/" + id + "/delete",
            "/news/" + id + "/delete",
            Map.of("version", String.valueOf(version(id))));
    assertThat(done.statusCode()).isEqualTo(302);
    assertThat(StaffClient.location(done)).isEqualTo("/news");
    assertThat(exists(id)).isFalse();
    assertThat(c.get("/news").body()).contains("The news item was deleted").doesNotContain(title);
    assertThat(c.get("/news?q=" + StaffClient.enc(title)).body())
        .doesNotContain("/news/" + id + "/edit")
        .contains("0 found");
    assertThat(visitor.get("/portal/news/" + id + "?lang=tg").statusCode()).isEqualTo(404);
    assertThat(visitor.download("/portal/news/" + id + "/image").statusCode()).isEqualTo(404);
    assertThat(new String(visitor.download("/portal/news/feed/tg.rss").body()))
        .doesNotContain(title);
    assertThat(new String(visitor.download("/portal/news/feed/tg.atom").body()))
        .doesNotContain(title);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where actor = 'editor' and action = 'DELETED'"
                        + " and subject_type = 'news_item' and subject_id = ?")
                .param(String.valueOf(id))
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void onlyWritersDelete() {
    StaffClient c = editor();
    long id =
        save(c, NewsCentreTests.item("en", "Kept " + System.nanoTime(), "B", "DRAFT"), new byte[0]);
    StaffClient manager = StaffClient.signedIn(port, "manager", "safar-demo-2026");
    assertThat(manager.get("/news/" + id + "/edit").body())
        .doesNotContain("/news/" + id + "/delete");
    assertThat(manager.get("/news/" + id + "/delete").statusCode()).isEqualTo(403);
    assertThat(exists(id)).isTrue();
  }

  boolean exists(long id) {
    return jdbc.sql("select count(*) from news_item where id = ?")
            .param(id)
            .query(Long.class)
            .single()
        == 1;
  }

  int version(long id) {
    return jdbc.sql("select version from news_item where id = ?")
        .param(id)
        .query(Integer.class)
        .single();
  }
}
