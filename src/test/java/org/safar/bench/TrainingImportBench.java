package org.safar.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * The participant-import figure, run by bench/training-import.sh (not a test). It makes a
 * 100,000-row participant CSV, uploads it over HTTP on loopback to the running app as a programme
 * manager, and polls the import's progress fragment until it is done (end to end: upload,
 * validation of every row, COPY into training_participant in one transaction, commit). Then, as the
 * reference in the same run, it COPYs the same bytes into a bare table with no constraints and no
 * index on the same database.
 *
 * <p>Arguments: {@code BASEURL JDBCURL ROWS}.
 */
public final class TrainingImportBench {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private TrainingImportBench() {}

  public static void main(String[] args) throws Exception {
    String base = args[0];
    String jdbcUrl = args[1];
    int rows = Integer.parseInt(args[2]);
    byte[] csv = file(rows);
    System.out.printf("file: %,d rows, %,d bytes%n", rows, csv.length);
    try (Connection db = DriverManager.getConnection(jdbcUrl)) {
      long training = freshTraining(db);
      HttpClient http =
          HttpClient.newBuilder()
              .cookieHandler(new CookieManager())
              .followRedirects(HttpClient.Redirect.NEVER)
              .build();
      signIn(http, base);
      for (int run = 1; run <= 3; run++) {
        long id = run == 1 ? training : freshTraining(db);
        long start = System.nanoTime();
        String job = upload(http, base, id, csv);
        String state = waitForEnd(http, base + job);
        double seconds = (System.nanoTime() - start) / 1e9;
        long saved = count(db, id);
        System.out.printf(
            "app import run %d: %.2f s end to end (%s, %,d rows in training %d)%n",
            run, seconds, state, saved, id);
      }
      for (int run = 1; run <= 3; run++) {
        try (Statement s = db.createStatement()) {
          s.execute("drop table if exists bench_copy");
          s.execute(
              "create table bench_copy (full_name text, sex text, institution text,"
                  + " position text, pre_score numeric, post_score numeric)");
        }
        long start = System.nanoTime();
        long copied =
            db.unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn(
                    "copy bench_copy from stdin (format csv, header true)",
                    new ByteArrayInputStream(csv));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            "reference COPY run %d: %.2f s (%,d rows into a bare table)%n", run, seconds, copied);
      }
      try (Statement s = db.createStatement()) {
        s.execute("drop table bench_copy");
      }
    }
  }

  static byte[] file(int rows) {
    StringBuilder b = new StringBuilder("name,sex,institution,position,pre_score,post_score\n");
    String[] sexes = {"female", "male", "F", "M", "other"};
    for (int i = 0; i < rows; i++) {
      b.append("Participant ")
          .append(i)
          .append(',')
          .append(sexes[i % sexes.length])
          .append(",\"Migration Service, district ")
          .append(i % 90)
          .append("\",Inspector,");
      if (i % 4 != 0) {
        b.append(30 + i % 40).append(',').append(55 + i % 45);
      } else {
        b.append(',');
      }
      b.append('\n');
    }
    return b.toString().getBytes(UTF_8);
  }

  /** A new training that keeps persons, copied from a demo one, so each run starts empty. */
  static long freshTraining(Connection db) throws Exception {
    try (Statement s = db.createStatement();
        var rs =
            s.executeQuery(
                "insert into training (org_unit_id, programme_id, kind, title, starts_on,"
                    + " ends_on, participation, created_by, updated_by)"
                    + " select org_unit_id, programme_id, 'TRAINING', 'Import benchmark ' || now(),"
                    + " starts_on, ends_on, 'PERSONS', 'bench', 'bench' from training"
                    + " where participation = 'PERSONS' order by id limit 1 returning id")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static long count(Connection db, long training) throws Exception {
    try (Statement s = db.createStatement();
        var rs =
            s.executeQuery(
                "select count(*) from training_participant where training_id = " + training)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  static void signIn(HttpClient http, String base) throws Exception {
    String token = csrf(get(http, base + "/login"));
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=manager&password=safar-demo-2026&_csrf="
                            + URLEncoder.encode(token, UTF_8)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("sign-in failed");
    }
  }

  static String upload(HttpClient http, String base, long training, byte[] csv) throws Exception {
    String path = base + "/trainings/" + training + "/participants/import";
    String token = csrf(get(http, path));
    String boundary = "----bench" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream(csv.length + 1000);
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                + token
                + "\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\""
                + "\r\nContent-Type: text/csv\r\n\r\n")
            .getBytes(UTF_8));
    body.writeBytes(csv);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(UTF_8));
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    String location = r.headers().firstValue("Location").orElse(null);
    if (r.statusCode() != 302 || location == null) {
      throw new IllegalStateException("upload answered " + r.statusCode() + ": " + r.body());
    }
    return location.replaceFirst("^https?://[^/]+", "");
  }

  /** Polls the progress fragment, as htmx does, every 50 ms until the import has finished. */
  static String waitForEnd(HttpClient http, String url) throws Exception {
    Pattern state = Pattern.compile("data-state=\"([A-Z]+)\"");
    while (true) {
      String fragment =
          http.send(
                  HttpRequest.newBuilder(URI.create(url)).header("HX-Request", "true").build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      Matcher m = state.matcher(fragment);
      if (m.find() && m.group(1).matches("DONE|REJECTED|REFUSED")) {
        return m.group(1);
      }
      Thread.sleep(50);
    }
  }

  static String get(HttpClient http, String url) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString())
        .body();
  }

  static String csrf(String page) {
    Matcher m = CSRF.matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no CSRF token");
    }
    return m.group(1);
  }
}
