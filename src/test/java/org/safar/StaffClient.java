package org.safar;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A browser without a browser: real HTTP to the running app with cookies (so the session lives in
 * PostgreSQL as it would for a person) and the CSRF token taken from each form page.
 */
public final class StaffClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final String base;
  private final HttpClient http;

  public StaffClient(int port) {
    this(
        port,
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  private StaffClient(int port, HttpClient http) {
    this.base = "http://localhost:" + port;
    this.http = http;
  }

  /** The same person, with the same cookies, talking to another instance of the application. */
  public StaffClient samePersonOn(int otherPort) {
    return new StaffClient(otherPort, http);
  }

  public static StaffClient signedIn(int port, String username, String password) {
    StaffClient client = new StaffClient(port);
    HttpResponse<String> r = client.signIn(username, password);
    assertThat(r.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    return client;
  }

  public HttpResponse<String> signIn(String username, String password) {
    return postForm("/login", "/login", Map.of("username", username, "password", password));
  }

  /** The second step of signing in: a code from the authenticator app. */
  public HttpResponse<String> enterCode(String code) {
    return postForm("/login/code", "/login/code", Map.of("code", code));
  }

  /** The second step of signing in with a recovery code instead of an app's code. */
  public HttpResponse<String> enterRecoveryCode(String code) {
    return postForm("/login/code", "/login/code", Map.of("recoveryCode", code));
  }

  /** Where a redirect sends the client, as a path on this server; null when it is no redirect. */
  public static String location(HttpResponse<String> response) {
    return response
        .headers()
        .firstValue("Location")
        .map(l -> l.replaceFirst("^https?://[^/]+", ""))
        .orElse(null);
  }

  public HttpResponse<String> get(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "text/html")
            .GET()
            .build());
  }

  /** A GET asking for JSON, as a script calling the API with this person's session would. */
  public HttpResponse<String> getJson(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "application/json")
            .GET()
            .build());
  }

  /** What a GET served, as a person would read it: a PDF's text, any other body as it came. */
  public record Read(int status, String text) {}

  public Read read(String path) {
    if (path.contains(".pdf")) {
      HttpResponse<byte[]> r = download(path);
      boolean pdf = r.statusCode() == 200;
      return new Read(r.statusCode(), pdf ? pdfText(r.body()) : new String(r.body(), UTF_8));
    }
    HttpResponse<String> r = get(path);
    return new Read(r.statusCode(), r.body());
  }

  /** The text of a PDF, in reading order. */
  public static String pdfText(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file download (a PDF, say): the body as it came, byte for byte. */
  public HttpResponse<byte[]> download(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Opens the page holding the form, then submits the form with that page's CSRF token. */
  public HttpResponse<String> postForm(String formPage, String action, Map<String, String> fields) {
    String page = get(formPage).body();
    Matcher m = CSRF.matcher(page);
    assertThat(m.find()).as("a CSRF token on " + formPage).isTrue();
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", m.group(1));
    return post(action, all);
  }

  /** Submits fields as they are, without a CSRF token unless one is given. */
  public HttpResponse<String> post(String action, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(URI.create(base + action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** Posts a form body whose keys may repeat (checkbox groups, multi-selects). */
  public HttpResponse<String> postRaw(String formPage, String action, String encodedBody) {
    Matcher m = CSRF.matcher(get(formPage).body());
    assertThat(m.find()).isTrue();
    return send(
        HttpRequest.newBuilder(URI.create(base + action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(encodedBody + "&_csrf=" + enc(m.group(1))))
            .build());
  }

  /** Uploads a file alone (multipart/form-data), with the CSRF token of the page holding it. */
  public HttpResponse<String> postFile(
      String formPage, String action, String field, String fileName, byte[] content) {
    return postFile(formPage, action, Map.of(), field, fileName, content);
  }

  /**
   * Submits a form with a file (multipart/form-data), with the CSRF token of the page holding it.
   */
  public HttpResponse<String> postFile(
      String formPage,
      String action,
      Map<String, String> fields,
      String fileField,
      String fileName,
      byte[] file) {
    Matcher m = CSRF.matcher(get(formPage).body());
    assertThat(m.find()).as("a CSRF token on " + formPage).isTrue();
    String boundary = "----safar" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("_csrf", m.group(1));
    all.forEach(
        (k, v) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + k
                        + "\"\r\n\r\n"
                        + v
                        + "\r\n")
                    .getBytes(UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(base + action))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  /** Posts a multipart body (a file upload) built by the caller. */
  public HttpResponse<String> multipart(String action, String boundary, byte[] body) {
    return send(
        HttpRequest.newBuilder(URI.create(base + action))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
