package org.safar.counselling;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safar.SafarIntegrationTest;
import org.safar.StaffClient;
import org.safar.orgunits.OrgUnits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The intake API as a Messenger bot would use it, tokens issued by a coordinator on the desk. */
@SafarIntegrationTest
class IntakeApiTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired OrgUnits orgUnits;

  final HttpClient http = HttpClient.newHttpClient();
  String token;
  long dhaka;

  @BeforeEach
  void issueAToken() {
    dhaka = orgUnits.findByCode("MRC-DHAKA").orElseThrow().id();
    StaffClient coordinator = StaffClient.signedIn(port, "coordinator.dhaka", "safar-demo-2026");
    HttpResponse<String> page =
        coordinator.postRaw(
            "/counselling/mrcs/" + dhaka + "/tokens",
            "/counselling/mrcs/" + dhaka + "/tokens",
            "name=" + StaffClient.enc("Messenger bot " + UUID.randomUUID()));
    Matcher m =
        Pattern.compile("id=\"issued-token\"[^>]*>(sft_[A-Za-z0-9_-]+)<").matcher(page.body());
    assertThat(m.find()).as(page.body()).isTrue();
    token = m.group(1);
  }

  HttpResponse<String> post(String key, String body, String contentType, String bearer) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/inquiries"))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) b.header("Content-Type", contentType);
    if (key != null) b.header("Idempotency-Key", key);
    if (bearer != null) b.header("Authorization", "Bearer " + bearer);
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<String> post(String key, String body) {
    return post(key, body, "application/json", token);
  }

  static String inquiry(String question) {
    return "{\"channel\":\"MESSENGER\",\"language\":\"bn\",\"question\":\""
        + question
        + "\",\"contact\":{\"name\":\"Karim\",\"phone\":\"+8801700000000\"}}";
  }

  long inquiriesWithQuestion(String q) {
    return jdbc.sql("select count(*) from inquiry where question = ?")
        .param(q)
        .query(Long.class)
        .single();
  }

  @Test
  void anInquiryPostedOnceIsCreatedOnceHoweverOftenItIsRetried() {
    String key = UUID.randomUUID().toString();
    String question = "Can I renew my Saudi visa from Dhaka? " + key;
    HttpResponse<String> first = post(key, inquiry(question));
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(first.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).startsWith("/api/v1/inquiries/"));
    assertThat(first.body()).contains("\"reference\":\"INQ-").contains("\"status\":\"OPEN\"");
    HttpResponse<String> retry = post(key, inquiry(question));
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(inquiriesWithQuestion(question)).isEqualTo(1);
    assertThat(
            jdbc.sql("select channel || ' ' || mrc_id from inquiry where question = ?")
                .param(question)
                .query(String.class)
                .single())
        .isEqualTo("MESSENGER " + dhaka);
  }

  @Test
  void concurrentRetriesOfOneKeyStillMakeOneInquiry() throws Exception {
    String key = UUID.randomUUID().toString();
    String question = "Racing retries " + key;
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      var answers = new java.util.ArrayList<Future<HttpResponse<String>>>();
      for (int i = 0; i < 8; i++) {
        answers.add(pool.submit(() -> post(key, inquiry(question))));
      }
      int created = 0;
      for (var a : answers) {
        int status = a.get().statusCode();
        assertThat(status).isIn(200, 201);
        created += status == 201 ? 1 : 0;
      }
      assertThat(created).isEqualTo(1);
    } finally {
      pool.shutdown();
    }
    assertThat(inquiriesWithQuestion(question)).isEqualTo(1);
  }

  @Test
  void everyRefusalIsAProblemDetailsBodyWithTheRightStatus() {
    String key = UUID.randomUUID().toString();
    assertProblem(post(key, inquiry("no token"), "application/json", null), 401, "unauthorized");
    assertProblem(
        post(key, inquiry("bad token"), "application/json", "sft_not-a-real-token"),
        401,
        "unauthorized");
    assertProblem(post(null, inquiry("no key")), 400, "idempotency-key");
    assertProblem(
        post(key, "{\"channel\": \"MESSENGER\", \"question\": ", "application/json", token),
        400,
        "malformed-json");
    assertProblem(
        post(key, "question=hello", "application/x-www-form-urlencoded", token),
        415,
        "unsupported-media-type");
    assertProblem(post(key, inquiry("x".repeat(70_000))), 413, "payload-too-large");
    assertProblem(
        post(key, "{\"channel\":\"MESSENGER\",\"question\":\"q\",\"mrc\":\"MRC-NOWHERE\"}"),
        422,
        "unknown-mrc");
    assertProblem(
        post(key, "{\"channel\":\"MESSENGER\",\"question\":\"q\",\"mrc\":\"MRC-KABUL\"}"),
        403,
        "other-mrc");
    assertProblem(post(key, "{\"channel\":\"PIGEON\",\"question\":\"q\"}"), 422, "invalid-field");
    HttpResponse<String> noQuestion = post(key, "{\"channel\":\"MESSENGER\",\"question\":\"  \"}");
    assertProblem(noQuestion, 422, "invalid-field");
    assertThat(noQuestion.body()).contains("\"field\":\"question\"");
    // none of those created anything under the key, so it is still free
    assertThat(post(key, inquiry("finally right " + key)).statusCode()).isEqualTo(201);
    assertProblem(post(key, inquiry("a different body " + key)), 422, "idempotency-key-reused");
  }

  @Test
  void aRevokedTokenStopsWorkingAtOnce() {
    long tokenId =
        jdbc.sql("select id from intake_token where token_hash = ?")
            .param(IntakeTokens.hash(token))
            .query(Long.class)
            .single();
    assertThat(post(UUID.randomUUID().toString(), inquiry("before revoking")).statusCode())
        .isEqualTo(201);
    StaffClient coordinator = StaffClient.signedIn(port, "coordinator.dhaka", "safar-demo-2026");
    HttpResponse<String> revoked =
        coordinator.postRaw(
            "/counselling/mrcs/" + dhaka + "/tokens",
            "/counselling/mrcs/" + dhaka + "/tokens/" + tokenId + "/revoke",
            "");
    assertThat(revoked.statusCode()).isEqualTo(302);
    assertProblem(
        post(UUID.randomUUID().toString(), inquiry("after revoking")), 401, "unauthorized");
  }

  @Test
  void aCounsellorCannotIssueTokensAndTheApiIsDescribedByOpenApi() throws Exception {
    StaffClient counsellor = StaffClient.signedIn(port, "counsellor.dhaka", "safar-demo-2026");
    assertThat(counsellor.get("/counselling/mrcs/" + dhaka + "/tokens").statusCode())
        .isEqualTo(403);
    HttpResponse<String> docs =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body())
        .contains("/api/v1/inquiries")
        .contains("Idempotency-Key")
        .contains("IntakeRequest");
  }

  static void assertProblem(HttpResponse<String> r, int status, String type) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type"))
        .hasValueSatisfying(c -> assertThat(c).startsWith("application/problem+json"));
    assertThat(r.body()).contains("\"type\":\"urn:safar:problem:" + type + "\"");
  }
}
