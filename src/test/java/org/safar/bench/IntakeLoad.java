package org.safar.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for the intake API, run by bench/intake.sh (not a test). Closed loop: N workers
 * each post one inquiry after another with a fresh Idempotency-Key, retrying a key after a
 * connection failure until it is acknowledged, so a server killed mid-burst loses nothing it
 * acknowledged. Modes:
 *
 * <ul>
 *   <li>{@code http URL TOKEN SECONDS WORKERS ACKFILE} — posts and reports rate and latency
 *   <li>{@code jdbc JDBCURL MRCID SECONDS WORKERS} — the reference: plain INSERTs into inquiry
 *   <li>{@code verify JDBCURL ACKFILE} — every acknowledged key is there, exactly once
 * </ul>
 */
public final class IntakeLoad {

  private IntakeLoad() {}

  public static void main(String[] args) throws Exception {
    switch (args[0]) {
      case "http" ->
          http(
              args[1],
              args[2],
              Integer.parseInt(args[3]),
              Integer.parseInt(args[4]),
              Path.of(args[5]));
      case "jdbc" ->
          jdbc(
              args[1],
              Long.parseLong(args[2]),
              Integer.parseInt(args[3]),
              Integer.parseInt(args[4]));
      case "verify" -> verify(args[1], Path.of(args[2]));
      default -> throw new IllegalArgumentException("mode: http | jdbc | verify");
    }
  }

  static void http(String url, String token, int seconds, int workers, Path ackFile)
      throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    ConcurrentLinkedQueue<String> acks = new ConcurrentLinkedQueue<>();
    List<long[]> latencies = new ArrayList<>();
    AtomicLong retries = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    for (int w = 0; w < workers; w++) {
      long[] mine = new long[2_000_000];
      latencies.add(mine);
      int worker = w;
      Thread t =
          new Thread(
              () -> {
                int n = 0;
                while (System.nanoTime() < end) {
                  String key = UUID.randomUUID().toString();
                  String body =
                      "{\"channel\":\"MESSENGER\",\"language\":\"bn\",\"question\":\"Load test inquiry "
                          + key
                          + " from worker "
                          + worker
                          + "\"}";
                  HttpRequest request =
                      HttpRequest.newBuilder(URI.create(url))
                          .timeout(Duration.ofSeconds(10))
                          .header("Content-Type", "application/json")
                          .header("Authorization", "Bearer " + token)
                          .header("Idempotency-Key", key)
                          .POST(HttpRequest.BodyPublishers.ofString(body))
                          .build();
                  long deadline = end + Duration.ofSeconds(60).toNanos();
                  while (true) {
                    long t0 = System.nanoTime();
                    try {
                      HttpResponse<String> r =
                          client.send(request, HttpResponse.BodyHandlers.ofString());
                      if (r.statusCode() == 201 || r.statusCode() == 200) {
                        if (n < mine.length) {
                          mine[n++] = System.nanoTime() - t0;
                        }
                        String id = r.body().replaceAll(".*\"id\":(\\d+).*", "$1");
                        acks.add(key + " " + r.statusCode() + " " + id);
                        break;
                      }
                      if (r.statusCode() < 500 && r.statusCode() != 429) {
                        failures.incrementAndGet();
                        break;
                      }
                    } catch (IOException e) {
                      // the server is gone (or restarting): retry the same key
                    } catch (InterruptedException e) {
                      return;
                    }
                    retries.incrementAndGet();
                    if (System.nanoTime() > deadline) {
                      failures.incrementAndGet();
                      break;
                    }
                    try {
                      Thread.sleep(100);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                }
                latencies.set(worker, Arrays.copyOf(mine, n));
              });
      threads.add(t);
    }
    long start = System.nanoTime();
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(ackFile))) {
      acks.forEach(out::println);
    }
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    System.out.printf(
        "http: %d acknowledged in %.1f s = %.0f/s with %d workers; latency p50 %.1f ms, p99 %.1f ms,"
            + " max %.1f ms; %d retries, %d failed%n",
        acks.size(),
        elapsed,
        acks.size() / elapsed,
        workers,
        ms(all, 0.50),
        ms(all, 0.99),
        all.length == 0 ? 0 : all[all.length - 1] / 1e6,
        retries.get(),
        failures.get());
  }

  static void jdbc(String url, long mrcId, int seconds, int workers) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    List<long[]> latencies = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    AtomicLong done = new AtomicLong();
    for (int w = 0; w < workers; w++) {
      long[] mine = new long[4_000_000];
      latencies.add(mine);
      int worker = w;
      threads.add(
          new Thread(
              () -> {
                int n = 0;
                try (Connection c = DriverManager.getConnection(url);
                    PreparedStatement insert =
                        c.prepareStatement(
                            "insert into inquiry (mrc_id, channel, received_at, language, question,"
                                + " created_by, updated_by) values (?, 'MESSENGER', now(), 'bn', ?,"
                                + " 'bench', 'bench')")) {
                  while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    insert.setLong(1, mrcId);
                    insert.setString(2, "Reference insert " + UUID.randomUUID());
                    insert.executeUpdate();
                    if (n < mine.length) {
                      mine[n++] = System.nanoTime() - t0;
                    }
                    done.incrementAndGet();
                  }
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
                latencies.set(worker, Arrays.copyOf(mine, n));
              }));
    }
    long start = System.nanoTime();
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    System.out.printf(
        "jdbc reference: %d plain INSERTs (autocommit) in %.1f s = %.0f/s with %d connections;"
            + " latency p50 %.2f ms, p99 %.2f ms%n",
        done.get(), elapsed, done.get() / elapsed, workers, ms(all, 0.50), ms(all, 0.99));
  }

  static void verify(String url, Path ackFile) throws Exception {
    List<String> acks = Files.readAllLines(ackFile);
    int missing = 0;
    int wrong = 0;
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement q =
            c.prepareStatement(
                "select count(*), min(r.inquiry_id) from intake_request r join inquiry i"
                    + " on i.id = r.inquiry_id where r.idempotency_key = ?")) {
      for (String line : acks) {
        String[] parts = line.split(" ");
        q.setString(1, parts[0]);
        try (ResultSet rs = q.executeQuery()) {
          rs.next();
          if (rs.getLong(1) != 1) {
            missing++;
          } else if (rs.getLong(2) != Long.parseLong(parts[2])) {
            wrong++;
          }
        }
      }
      long keys = acks.stream().map(l -> l.split(" ")[0]).distinct().count();
      long questions;
      try (PreparedStatement dup =
              c.prepareStatement(
                  "select count(*) from (select question from inquiry where question like 'Load test"
                      + " inquiry %' group by question having count(*) > 1) d");
          ResultSet rs = dup.executeQuery()) {
        rs.next();
        questions = rs.getLong(1);
      }
      System.out.printf(
          "verify: %d acknowledged keys; %d missing, %d pointing at another inquiry, %d questions"
              + " stored more than once%n",
          keys, missing, wrong, questions);
      if (missing + wrong + questions > 0) {
        System.exit(1);
      }
    }
  }

  private static double ms(long[] sorted, double q) {
    return sorted.length == 0
        ? 0
        : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))] / 1e6;
  }
}
