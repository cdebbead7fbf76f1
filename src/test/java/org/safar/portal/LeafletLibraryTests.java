package org.safar.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The leaflet library end to end: editors write, translate, review and publish; the portal shows
 * only what is published, sanitised, and finds it by full-text search in each language.
 */
@SafarIntegrationTest
class LeafletLibraryTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  HttpResponse<String> visit(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Creates a draft through the editor's form and returns its id. */
  static long newLeaflet(StaffClient editor, String title, String body) {
    HttpResponse<String> r =
        editor.postRaw(
            "/content/leaflets/new",
            "/content/leaflets/new",
            "sourceLanguage=en&topics=SAFE_MIGRATION&topics=VISAS_DOCUMENTS&audiences=POTENTIAL"
                + "&destinations=SA&title="
                + StaffClient.enc(title)
                + "&summary="
                + StaffClient.enc("Summary of " + title)
                + "&bodyMarkdown="
                + StaffClient.enc(body)
                + "&version=0");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    String location = StaffClient.location(r);
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  static int version(StaffClient editor, String page) {
    Matcher m =
        Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(editor.get(page).body());
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  static void step(StaffClient who, long id, String step) {
    // archiving is confirmed on a page of its own
    String page = "/content/leaflets/" + id + (step.equals("ARCHIVE") ? "/archive" : "");
    HttpResponse<String> r =
        who.postForm(
            page,
            "/content/leaflets/" + id + "/step",
            Map.of("step", step, "version", Integer.toString(version(who, page))));
    assertThat(r.statusCode()).isEqualTo(302);
  }

  static void translate(StaffClient editor, long id, String language, String title, String body) {
    HttpResponse<String> r =
        editor.postForm(
            "/content/leaflets/" + id + "/translations/" + language,
            "/content/leaflets/" + id + "/translations/" + language,
            Map.of(
                "title",
                title,
                "summary",
                "Summary: " + title,
                "bodyMarkdown",
                body,
                "upToDate",
                "true"));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
  }

  @Test
  void aLeafletGoesFromDraftThroughReviewToPublishedAndArchivedWithWhoAndWhen() throws Exception {
    StaffClient editor = StaffClient.signedIn(port, "editor", "safar-demo-2026");
    String title = "Workflow leaflet " + UUID.randomUUID();
    long id = newLeaflet(editor, title, "Some **text**.");
    assertThat(visit("/portal/leaflets/" + id).statusCode()).isEqualTo(404);
    assertThat(visit("/portal/leaflets?in=all&q=" + StaffClient.enc(title)).body())
        .doesNotContain("/portal/leaflets/" + id + "/");

    step(editor, id, "SUBMIT");
    assertThat(visit("/portal/leaflets/" + id).statusCode()).isEqualTo(404);
    // a programme manager reviews and publishes
    StaffClient manager = StaffClient.signedIn(port, "manager", "safar-demo-2026");
    step(manager, id, "PUBLISH");
    String page = editor.get("/content/leaflets/" + id).body();
    assertThat(page).contains("manager").contains("PUBLISH");
    HttpResponse<String> published = visit("/portal/leaflets/" + id);
    assertThat(published.statusCode()).isEqualTo(200);
    assertThat(published.body()).contains(title).contains("<strong>text</strong>");
    assertThat(published.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");

    // archiving asks first, then takes the leaflet off the portal
    assertThat(editor.get("/content/leaflets/" + id + "/archive").body())
        .contains("confirm-archive");
    step(editor, id, "ARCHIVE");
    assertThat(visit("/portal/leaflets/" + id).statusCode()).isEqualTo(404);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where subject_type = 'leaflet'"
                        + " and subject_id = ? and action in ('SUBMIT', 'PUBLISH', 'ARCHIVE')")
                .param(Long.toString(id))
                .query(Long.class)
                .single())
        .isEqualTo(3);
    // a manager may not write, a counsellor may not even look
    assertThat(manager.get("/content/leaflets/new").statusCode()).isEqualTo(403);
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", "safar-demo-2026");
    assertThat(counsellor.get("/content/leaflets").statusCode()).isEqualTo(403);
  }

  @Test
  void aSkippedStepIsRefusedWithAMessage() {
    StaffClient editor = StaffClient.signedIn(port, "editor", "safar-demo-2026");
    long id = newLeaflet(editor, "Skip " + UUID.randomUUID(), "Body");
    step(editor, id, "PUBLISH");
    assertThat(editor.get("/content/leaflets/" + id).body())
        .contains("This step is not possible")
        .contains("Draft");
  }

  @Test
  void scriptsAndJavascriptLinksNeverReachThePortal() throws Exception {
    StaffClient editor = StaffClient.signedIn(port, "editor", "safar-demo-2026");
    String title = "Sanitised " + UUID.randomUUID();
    long id =
        newLeaflet(
            editor,
            title,
            "Hello <script>alert('x')</script>\n\n[click](javascript:alert(1))\n\n"
                + "<img src=x onerror=alert(2)>\n\n<a href=\"javascript:alert(3)\">raw</a>\n\n"
                + "[ok](https://example.org/page)");
    step(editor, id, "SUBMIT");
    step(editor, id, "PUBLISH");
    String body = visit("/portal/leaflets/" + id).body();
    String article = body.substring(body.indexOf("leaflet-body"));
    assertThat(body)
        .doesNotContain("<script")
        .doesNotContain("javascript:")
        .doesNotContain("alert(");
    assertThat(article)
        .doesNotContain("<img")
        .doesNotContain("onerror=")
        .doesNotContain("<a href=\"javascript");
    assertThat(article).contains("href=\"https://example.org/page\"").contains("noopener");
    assertThat(
            jdbc.sql("select body_html from leaflet_translation where leaflet_id = ?")
                .param(id)
                .query(String.class)
                .single())
        .doesNotContain("<script")
        .doesNotContain("javascript:");
  }

  @Test
  void aTranslationShowsWhenItsSourceChangedSinceItWasTranslated() {
    StaffClient editor = StaffClient.signedIn(port, "editor", "safar-demo-2026");
    long id = newLeaflet(editor, "Source " + UUID.randomUUID(), "First text.");
    translate(editor, id, "ru", "Перевод", "Первый текст.");
    assertThat(editor.get("/content/leaflets/" + id).body())
        .doesNotContain("class=\"field-error outdated\"");
    translate(editor, id, "en", "Source changed", "Second text.");
    assertThat(editor.get("/content/leaflets/" + id).body())
        .contains("class=\"field-error outdated\"")
        .contains("Source changed since translated");
    // the translator brings it in line and says so
    translate(editor, id, "ru", "Перевод", "Второй текст.");
    assertThat(editor.get("/content/leaflets/" + id).body())
        .doesNotContain("class=\"field-error outdated\"");
  }

  @Test
  void searchStemsRussianAndMatchesDariByTrigramsAndWordBeginnings() throws Exception {
    // the demo's visa leaflet: "Срок визы заканчивается"; Russian stemming finds it by "виза"
    String ru = visit("/portal/leaflets?in=ru&q=" + StaffClient.enc("виза")).body();
    assertThat(ru).contains("Срок визы заканчивается");
    // Dari has no stemmer: "استخدامی" (an adjective of "استخدام") is not a word of the text, nor
    // the beginning of one, yet the trigram match on the title finds the leaflet
    String fa = visit("/portal/leaflets?in=fa-AF&q=" + StaffClient.enc("مصارف استخدامی")).body();
    assertThat(fa).contains("مصارف استخدام: چه چیزی را بپردازید");
    // a word beginning matches longer words of the body: "گرمازد" finds "گرمازدگی"
    String prefix = visit("/portal/leaflets?in=fa-AF&q=" + StaffClient.enc("گرمازد")).body();
    assertThat(prefix).contains("مصئونیت و صحت در کار در خارج");
    // and nothing matches nonsense
    assertThat(visit("/portal/leaflets?in=all&q=qqqzzzxxx").body()).contains("No leaflet found");
  }

  @Test
  void aLeafletMissingInTheVisitorsLanguageIsShownInAnotherWithANote() throws Exception {
    long id =
        jdbc.sql("select leaflet_id from leaflet_translation where title = ?")
            .param("Five steps to migrate safely for work")
            .query(Long.class)
            .single();
    String bengali = visit("/portal/leaflets/" + id + "?lang=bn").body();
    assertThat(bengali).contains("lang=\"bn\"").contains("Five steps to migrate safely for work");
    assertThat(bengali).contains("class=\"notice\"");
    String dari = visit("/portal/leaflets/" + id + "?lang=fa-AF").body();
    assertThat(dari).contains("dir=\"rtl\"").contains("پنج گام برای مهاجرت کاری مصئون");
    assertThat(dari).doesNotContain("<script");
  }

  @Test
  void aPdfMustBeAPdfOfAtMostFiveMegabytes() throws Exception {
    StaffClient editor = StaffClient.signedIn(port, "editor", "safar-demo-2026");
    long id = newLeaflet(editor, "Pdf " + UUID.randomUUID(), "Body");
    assertThat(upload(editor, id, "not-a-pdf.pdf", "hello".getBytes()).body())
        .contains("This file is not a PDF");
    byte[] pdf = "%PDF-1.4\n% a tiny test file\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    assertThat(upload(editor, id, "leaflet.pdf", pdf).body()).contains("The PDF was attached");
    byte[] large = new byte[5 * 1024 * 1024 + 1];
    System.arraycopy(pdf, 0, large, 0, pdf.length);
    assertThat(upload(editor, id, "large.pdf", large).body()).contains("larger than 5 MB");
    assertThat(editor.download("/content/leaflets/" + id + "/leaflet.pdf").body()).isEqualTo(pdf);
    // not public while a draft
    assertThat(visit("/portal/leaflets/" + id + "/leaflet.pdf").statusCode()).isEqualTo(404);
  }

  /** Posts a file the way a browser does (multipart), then follows the redirect. */
  private HttpResponse<String> upload(StaffClient editor, long id, String name, byte[] content)
      throws Exception {
    String page = editor.get("/content/leaflets/" + id).body();
    Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(csrf.find()).isTrue();
    String boundary = "----safar" + UUID.randomUUID();
    var out = new java.io.ByteArrayOutputStream();
    out.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + csrf.group(1)
                + "\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"pdf\"; filename=\""
                + name
                + "\"\r\nContent-Type: application/pdf\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    out.write(content);
    out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        editor.multipart("/content/leaflets/" + id + "/pdf", boundary, out.toByteArray());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
    return editor.get(StaffClient.location(r));
  }
}
