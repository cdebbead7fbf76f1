package org.safar.training;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One import of participants, run in the background and watched from a progress page. Only the
 * person who started it can see it; it is kept in memory for a few hours.
 */
public final class ImportJob {

  /** The most problems kept for the report; the count goes on beyond it. */
  static final int PROBLEMS_KEPT = 20_000;

  private final String id;
  private final String owner;
  private final long trainingId;
  private final String fileName;
  private final Instant created = Instant.now();
  private volatile ImportState state = ImportState.QUEUED;
  private volatile int total;
  private volatile int done;
  private volatile long imported;
  private volatile String refusalKey;
  private volatile List<Object> refusalArgs = List.of();
  private volatile List<ImportProblem> problems = List.of();
  private volatile long problemCount;
  private volatile Duration took;

  ImportJob(String id, String owner, long trainingId, String fileName) {
    this.id = id;
    this.owner = owner;
    this.trainingId = trainingId;
    this.fileName = fileName;
  }

  public String id() {
    return id;
  }

  String owner() {
    return owner;
  }

  public long trainingId() {
    return trainingId;
  }

  public String fileName() {
    return fileName;
  }

  Instant created() {
    return created;
  }

  public ImportState state() {
    return state;
  }

  public int total() {
    return total;
  }

  public int done() {
    return done;
  }

  /** Per cent of the current step done, for the progress bar. */
  public int percent() {
    if (state == ImportState.DONE) {
      return 100;
    }
    int t = total;
    return t == 0 ? 0 : (int) Math.min(100, (long) done * 100 / t);
  }

  public long imported() {
    return imported;
  }

  public String refusalKey() {
    return refusalKey;
  }

  public List<Object> refusalArgs() {
    return refusalArgs;
  }

  public List<ImportProblem> problems() {
    return problems;
  }

  public long problemCount() {
    return problemCount;
  }

  public Duration took() {
    return took;
  }

  public boolean finished() {
    return state.finished();
  }

  void step(ImportState s, int totalRows) {
    this.total = totalRows;
    this.done = 0;
    this.state = s;
  }

  void progress(int rows) {
    this.done = rows;
  }

  void refuse(String key, List<Object> args) {
    this.refusalKey = key;
    this.refusalArgs = List.copyOf(args);
    finish(ImportState.REFUSED);
  }

  void reject(List<ImportProblem> kept, long count) {
    this.problems = List.copyOf(kept);
    this.problemCount = count;
    finish(ImportState.REJECTED);
  }

  void succeed(long rows) {
    this.imported = rows;
    finish(ImportState.DONE);
  }

  private void finish(ImportState s) {
    this.took = Duration.between(created, Instant.now());
    this.state = s;
  }
}
