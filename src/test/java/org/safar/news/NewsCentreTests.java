package org.safar.news;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.xml.sax.InputSource;

/**
 * The news centre: what editors write cannot run script on the portal; images are checked by their
 * bytes; each language has RSS and Atom feeds that a feed parser reads; an old feed is imported
 * once per link, from a file or an address.
 */
@SafarIntegrationTest
class NewsCentreTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  StaffClient editor() {
    return StaffClient.signedIn(port, "editor", "safar-demo-2026");
  }

  static Map<String, String> item(String language, String title, String body, String status) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("language", language);
    f.put("kind", "NEWS");
    f.put("title", title);
    f.put("summary", "A short summary");
    f.put("bodyMarkdown", body);
    f.put("publishedOn", "2026-03-01");
    f.put("status", status);
    f.put("version", "0");
    return f;
  }

  long save(StaffClient c, Map<String, String> fields, String fileName, byte[] image) {
    HttpResponse<String> r = c.postFile("/news/new", "/news/new", fields, "image", fileName, image);
    String location = StaffClient.location(r);
    assertThat(location).as(r.body()).matches("/news/\\d+/edit");
    return Long.parseLong(location.replaceAll("\\D", ""));
  }

  @Test
  void scriptAndJavascriptLinksNeverReachThePortal() {
    StaffClient c = editor();
    String body =
        "Hello **world**.\n\n<script>alert('x')</script>\n\n"
            + "[click](javascript:alert(1)) and <a href=\"javascript:alert(2)\">this</a>"
            + " <img src=x onerror=alert(3)> [safe](https://example.org/page)";
    long id =
        save(c, item("en", "Sanitised <b>title</b>", body, "PUBLISHED"), "none.bin", new byte[0]);
    String page = new StaffClient(port).get("/portal/news/" + id + "?lang=en").body();
    assertThat(page).contains("<strong>world</strong>").contains("https://example.org/page");
    assertThat(page).doesNotContain("<script>alert").doesNotContain("javascript:");
    assertThat(page).doesNotContain("onerror").doesNotContain("<img src=\"x\"");
    assertThat(page).contains("Sanitised &lt;b&gt;title&lt;/b&gt;");
  }

  @Test
  void anImageIsTakenByItsBytesAndServedWithItsType() {
    StaffClient c = editor();
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'
    };
    long id = save(c, item("en", "With a picture", "Text", "PUBLISHED"), "p.png", png);
    HttpResponse<byte[]> image = new StaffClient(port).download("/portal/news/" + id + "/image");
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");

    HttpResponse<String> refused =
        c.postFile(
            "/news/new",
            "/news/new",
            item("en", "Fake picture", "Text", "PUBLISHED"),
            "image",
            "evil.png",
            "<svg onload=alert(1)>".repeat(3).getBytes(UTF_8));
    assertThat(refused.body()).contains("The image must be a JPEG, PNG or WebP file.");
    assertThat(
            jdbc.sql("select count(*) from news_item where title = 'Fake picture'")
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void emptyAndOverlongTitlesAreRefusedWithAClearMessage() {
    StaffClient c = editor();
    HttpResponse<String> empty =
        c.postFile(
            "/news/new", "/news/new", item("en", "  ", "x", "DRAFT"), "image", "n", new byte[0]);
    assertThat(empty.body()).contains("Give the item a title.");
    HttpResponse<String> russian =
        StaffClient.signedIn(port, "editor", "safar-demo-2026")
            .postFile(
                "/news/new?lang=ru",
                "/news/new",
                item("en", "x".repeat(201), "x", "DRAFT"),
                "image",
                "n",
                new byte[0]);
    assertThat(russian.body()).contains("Заголовок длиннее 200 символов.");
  }

  @Test
  void eachLanguageHasRssAndAtomFeedsThatAParserReadsWithThatLanguageOnly() throws Exception {
    for (String language : new String[] {"en", "ru", "fa-AF"}) {
      for (String kind : new String[] {"rss", "atom"}) {
        HttpResponse<byte[]> r =
            new StaffClient(port).download("/portal/news/feed/" + language + "." + kind);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type"))
            .hasValueSatisfying(t -> assertThat(t).startsWith("application/" + kind + "+xml"));
        SyndFeed feed =
            new SyndFeedInput().build(new InputSource(new ByteArrayInputStream(r.body())));
        assertThat(feed.getFeedType()).startsWith(kind.equals("rss") ? "rss_2.0" : "atom_1.0");
        assertThat(feed.getEntries()).isNotEmpty();
        for (SyndEntry e : feed.getEntries()) {
          assertThat(e.getLink()).startsWith("http://localhost:" + port + "/portal/news/");
          long id = Long.parseLong(e.getLink().replaceAll(".*/news/(\\d+).*", "$1"));
          assertThat(
                  jdbc.sql("select language from news_item where id = ?")
                      .param(id)
                      .query(String.class)
                      .single())
              .isEqualTo(language);
          assertThat(e.getPublishedDate()).isNotNull();
        }
      }
    }
    assertThat(new StaffClient(port).download("/portal/news/feed/xx.rss").statusCode())
        .isEqualTo(404);
  }

  @Test
  void drafsStayOffThePortal() {
    long id = save(editor(), item("en", "Secret draft", "x", "DRAFT"), "n", new byte[0]);
    assertThat(new StaffClient(port).get("/portal/news/" + id).statusCode()).isEqualTo(404);
    assertThat(new StaffClient(port).get("/portal/news?lang=en").body())
        .doesNotContain("Secret draft");
  }

  static final String OLD_FEED =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
          + "<title>Old news centre</title><link>https://old.example.org/</link>"
          + "<description>x</description>"
          + "<item><title>MRC opens in Dushanbe</title>"
          + "<link>https://old.example.org/news/mrc-dushanbe</link>"
          + "<description>&lt;p&gt;An MRC &lt;script&gt;alert(1)&lt;/script&gt;opens.&lt;/p&gt;"
          + "</description><pubDate>Fri, 11 Sep 2020 10:00:17 +0200</pubDate></item>"
          + "<item><title>Protocol signed in Ankara</title>"
          + "<link>https://old.example.org/news/avr-protocol</link>"
          + "<description>A protocol on assisted voluntary return.</description>"
          + "<pubDate>Wed, 02 Sep 2020 09:00:00 +0200</pubDate></item>"
          + "<item><title>No link</title><description>x</description></item>"
          + "</channel></rss>";

  @Test
  void anOldFeedIsImportedOncePerLinkFromAFileOrAnAddress() throws Exception {
    StaffClient c = editor();
    HttpResponse<String> first =
        c.postFile(
            "/news/import",
            "/news/import",
            Map.of("language", "en", "publish", "true"),
            "file",
            "old.xml",
            OLD_FEED.getBytes(UTF_8));
    assertThat(first.body()).contains("2 new, 0 already there, 1 without a usable link or title");

    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/feed.xml",
        exchange -> {
          byte[] body = OLD_FEED.getBytes(UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";
      HttpResponse<String> again =
          c.postFile(
              "/news/import",
              "/news/import",
              Map.of("language", "en", "url", url),
              "file",
              "",
              new byte[0]);
      assertThat(again.body()).contains("0 new, 2 already there");
    } finally {
      server.stop(0);
    }
    assertThat(
            jdbc.sql(
                    "select count(*) from news_item where link ="
                        + " 'https://old.example.org/news/mrc-dushanbe'")
                .query(Long.class)
                .single())
        .isEqualTo(1);
    long id =
        jdbc.sql(
                "select id from news_item where link = 'https://old.example.org/news/mrc-dushanbe'")
            .query(Long.class)
            .single();
    String page = new StaffClient(port).get("/portal/news/" + id).body();
    assertThat(page).contains("MRC opens in Dushanbe").doesNotContain("<script>alert");

    HttpResponse<String> notAFeed =
        c.postFile(
            "/news/import",
            "/news/import",
            Map.of("language", "en"),
            "file",
            "x.xml",
            "<html><body>hello</body></html>".getBytes(UTF_8));
    assertThat(notAFeed.body()).contains("This is not an RSS or Atom feed.");
  }

  @Test
  void publicationsOfferOneDownloadPerLanguageAndTakeOnlyPdfs() {
    String page = new StaffClient(port).get("/portal/publications?lang=en").body();
    assertThat(page)
        .contains("Safe migration: what to check before you go")
        .containsPattern("hreflang=\"en\"[^>]*>en</a>")
        .containsPattern("hreflang=\"fr\"[^>]*>fr</a>")
        .containsPattern("hreflang=\"ru\"[^>]*>ru</a>");
    long id = jdbc.sql("select id from publication order by id limit 1").query(Long.class).single();
    HttpResponse<byte[]> ru =
        new StaffClient(port).download("/portal/publications/" + id + "/ru.pdf");
    assertThat(ru.statusCode()).isEqualTo(200);
    assertThat(ru.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(StaffClient.pdfText(ru.body())).contains("Безопасная миграция");
    assertThat(
            new StaffClient(port).download("/portal/publications/" + id + "/de.pdf").statusCode())
        .isEqualTo(404);

    StaffClient c = editor();
    HttpResponse<String> notPdf =
        c.postFile(
            "/news/publications/" + id,
            "/news/publications/" + id + "/variants",
            Map.of("language", "es"),
            "file",
            "guide.pdf",
            "<html>not a pdf</html>".getBytes(UTF_8));
    assertThat(notPdf.body()).contains("The file is not a PDF.");
    assertThat(
            jdbc.sql("select count(*) from publication_file where language = 'es'")
                .query(Long.class)
                .single())
        .isZero();
  }
}
