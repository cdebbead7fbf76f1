package org.safar.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * "Ask a counsellor" without JavaScript: a plain form post makes an inquiry in the chosen MRC's
 * inbox and answers with a reference; honeypot and per-address limit; messages in the page's
 * language. Each test talks from its own loopback address, since the limit counts per address.
 */
@SafarIntegrationTest
class AskCounsellorTests {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  /**
   * A visitor's browser without script, talking from one loopback address: each request is plain
   * HTTP/1.1 on a socket bound to that address, so the server sees it as the remote address.
   */
  final class Visitor {
    final String address;
    final Map<String, String> cookies = new LinkedHashMap<>();

    Visitor(String address) {
      this.address = address;
    }

    record Response(int statusCode, String location, String body) {}

    Response send(String method, String path, String form) throws Exception {
      try (Socket socket = new Socket()) {
        socket.bind(new InetSocketAddress(address, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port));
        byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
        head.append("Host: localhost:").append(port).append("\r\nConnection: close\r\n");
        if (!cookies.isEmpty()) {
          head.append("Cookie: ")
              .append(
                  cookies.entrySet().stream()
                      .map(e -> e.getKey() + "=" + e.getValue())
                      .collect(Collectors.joining("; ")))
              .append("\r\n");
        }
        if (form != null) {
          head.append("Content-Type: application/x-www-form-urlencoded\r\n");
          head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        OutputStream out = socket.getOutputStream();
        out.write(head.toString().getBytes(StandardCharsets.UTF_8));
        out.write(body);
        out.flush();
        String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String headers = raw.substring(0, raw.indexOf("\r\n\r\n"));
        String rest = raw.substring(raw.indexOf("\r\n\r\n") + 4);
        String location = null;
        boolean chunked = false;
        for (String line : headers.split("\r\n")) {
          String lower = line.toLowerCase(java.util.Locale.ROOT);
          if (lower.startsWith("set-cookie:")) {
            String pair = line.substring(11).strip().split(";")[0];
            cookies.put(
                pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
          } else if (lower.startsWith("location:")) {
            location = line.substring(9).strip().replaceFirst("^https?://[^/]+", "");
          } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
            chunked = true;
          }
        }
        return new Response(
            Integer.parseInt(headers.split(" ")[1]), location, chunked ? dechunk(rest) : rest);
      }
    }

    private static String dechunk(String s) {
      StringBuilder out = new StringBuilder();
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      int i = 0;
      while (i < bytes.length) {
        int eol = i;
        while (bytes[eol] != '\r') {
          eol++;
        }
        int size =
            Integer.parseInt(new String(bytes, i, eol - i, StandardCharsets.US_ASCII).strip(), 16);
        if (size == 0) {
          break;
        }
        out.append(new String(bytes, eol + 2, size, StandardCharsets.UTF_8));
        i = eol + 2 + size + 2;
      }
      return out.toString();
    }

    Response get(String path) throws Exception {
      return send("GET", path, null);
    }

    Response ask(String formPage, Map<String, String> fields) throws Exception {
      Matcher m = CSRF.matcher(get(formPage).body());
      assertThat(m.find()).as("the form carries a CSRF token").isTrue();
      Map<String, String> all = new LinkedHashMap<>(fields);
      all.put("_csrf", m.group(1));
      return send(
          "POST",
          "/portal/ask",
          all.entrySet().stream()
              .map(e -> StaffClient.enc(e.getKey()) + "=" + StaffClient.enc(e.getValue()))
              .collect(Collectors.joining("&")));
    }
  }

  /** The limit the tests run with (see SafarIntegrationTest): every test address starts fresh. */
  @Value("${safar.portal.forms-per-address}")
  int formsPerAddress;

  long mrc(String code) {
    return jdbc.sql("select id from org_unit where code = ?")
        .param(code)
        .query(Long.class)
        .single();
  }

  Map<String, String> question(String text, long mrc) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("question", text);
    f.put("language", "bn");
    f.put("mrc", Long.toString(mrc));
    f.put("name", "");
    f.put("phone", "+880 1700 000000");
    f.put("email", "");
    f.put("website", "");
    return f;
  }

  long inquiriesWith(String text) {
    return jdbc.sql("select count(*) from inquiry where question = ?")
        .param(text)
        .query(Long.class)
        .single();
  }

  @Test
  void aQuestionBecomesAnInquiryInTheMrcsInboxWithAReference() throws Exception {
    Visitor visitor = new Visitor("127.0.0.7");
    String text = "Is my agency licensed? " + UUID.randomUUID();
    Visitor.Response sent = visitor.ask("/portal/ask", question(text, mrc("MRC-DHAKA")));
    assertThat(sent.statusCode()).isEqualTo(302);
    String location = sent.location();
    Matcher ref = Pattern.compile("ref=P-(\\d+)").matcher(location);
    assertThat(ref.find()).isTrue();
    long id = Long.parseLong(ref.group(1));
    String thanks = visitor.get(location).body();
    assertThat(thanks).contains("P-" + id).doesNotContain("<script");

    assertThat(
            jdbc.sql("select channel || ' ' || mrc_id || ' ' || language from inquiry where id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("PORTAL " + mrc("MRC-DHAKA") + " bn");
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", "safar-demo-2026");
    assertThat(counsellor.get("/counselling/inquiries").body()).contains(text);
    assertThat(counsellor.get("/counselling/inquiries/" + id).body()).contains(text);
    // Kabul's counsellor does not see Dhaka's inbox
    StaffClient kabul = StaffClient.signedIn(port, "counsellor.kabul", "safar-demo-2026");
    assertThat(kabul.get("/counselling/inquiries").body()).doesNotContain(text);
  }

  @Test
  void theHoneypotSavesNothingAndLooksLikeSuccess() throws Exception {
    Visitor machine = new Visitor("127.0.0.8");
    String text = "Cheap visas here " + UUID.randomUUID();
    Map<String, String> fields = question(text, mrc("MRC-DHAKA"));
    fields.put("website", "http://spam.example");
    Visitor.Response r = machine.ask("/portal/ask", fields);
    assertThat(r.statusCode()).isEqualTo(302);
    assertThat(r.location()).endsWith("/portal/ask/sent");
    assertThat(inquiriesWith(text)).isZero();
  }

  @Test
  void tooManyQuestionsFromOneAddressAreRefusedInThePagesLanguage() throws Exception {
    Visitor busy = new Visitor("127.0.0.9");
    long dhaka = mrc("MRC-DHAKA");
    for (int i = 0; i < formsPerAddress; i++) {
      assertThat(
              busy.ask("/portal/ask", question("Question " + i + " " + UUID.randomUUID(), dhaka))
                  .statusCode())
          .isEqualTo(302);
    }
    String text = "One too many " + UUID.randomUUID();
    Visitor.Response refused = busy.ask("/portal/ask?lang=ru", question(text, dhaka));
    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.body()).contains("отправлено слишком много вопросов").contains(text);
    assertThat(inquiriesWith(text)).isZero();
  }

  @Test
  void emptyAndOverlongFieldsGetClearMessagesInThePagesLanguage() throws Exception {
    Visitor visitor = new Visitor("127.0.0.10");
    Map<String, String> empty = question("   ", mrc("MRC-KABUL"));
    empty.put("mrc", "");
    Visitor.Response ru = visitor.ask("/portal/ask?lang=ru", empty);
    assertThat(ru.statusCode()).isEqualTo(422);
    assertThat(ru.body())
        .contains("lang=\"ru\"")
        .contains("Напишите, пожалуйста, ваш вопрос.")
        .contains("Выберите центр из списка.");

    Map<String, String> longOnes = question("س".repeat(2001), mrc("MRC-KABUL"));
    longOnes.put("name", "ن".repeat(101));
    longOnes.put("phone", "call me maybe");
    longOnes.put("mrc", "not-a-number");
    Visitor.Response fa = visitor.ask("/portal/ask?lang=fa-AF", longOnes);
    assertThat(fa.statusCode()).isEqualTo(422);
    assertThat(fa.body())
        .contains("dir=\"rtl\"")
        .contains("سوال شما بسیار طولانی است: حداکثر ۲٬۰۰۰ حرف.")
        .contains("نام بسیار طولانی است")
        .contains("لطفاً نمبر تلفن را فقط با رقم بنویسید")
        .contains("لطفاً یک مرکز را از فهرست انتخاب کنید.");
    assertThat(inquiriesWith("س".repeat(2001))).isZero();
  }

  @Test
  void theFormWorksWithoutScriptAndTheMrcPageLeadsToIt() throws Exception {
    Visitor visitor = new Visitor("127.0.0.11");
    long lahore = mrc("MRC-LAHORE");
    String page = visitor.get("/portal/mrcs/" + lahore).body();
    assertThat(page).contains("/portal/ask?mrc=" + lahore).contains("openstreetmap.org/?mlat=");
    String form = visitor.get("/portal/ask?mrc=" + lahore).body();
    assertThat(form)
        .doesNotContain("<script")
        .contains("method=\"post\"")
        .contains("class=\"honeypot\"")
        .containsPattern("<option value=\"" + lahore + "\" selected=\"selected\">");
  }
}
