package org.safar.training;

import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.safar.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports participants from a file, all or nothing. The request only stores the upload and starts a
 * job; a background thread checks every row, and if any row is wrong saves nothing and keeps a
 * report of the problems. Otherwise every row goes in through PostgreSQL's {@code COPY} within one
 * transaction, together with its audit entry. Jobs live in memory, visible only to the person who
 * started them, for {@link #KEPT}.
 */
@Service
public class ParticipantImports {

  static final Duration KEPT = Duration.ofHours(3);
  private static final Logger log = LoggerFactory.getLogger(ParticipantImports.class);
  private static final int CHUNK = 5000;

  private final Trainings trainings;
  private final TrainingRepository repository;
  private final ParticipantRepository participants;
  private final DataSource dataSource;
  private final TransactionTemplate transaction;
  private final AuditLog audit;
  private final Map<String, ImportJob> jobs = new ConcurrentHashMap<>();
  private final ExecutorService workers =
      Executors.newFixedThreadPool(
          2,
          r -> {
            Thread t = new Thread(r, "participant-import");
            t.setDaemon(true);
            return t;
          });

  ParticipantImports(
      Trainings trainings,
      TrainingRepository repository,
      ParticipantRepository participants,
      DataSource dataSource,
      PlatformTransactionManager transactions,
      AuditLog audit) {
    this.trainings = trainings;
    this.repository = repository;
    this.participants = participants;
    this.dataSource = dataSource;
    this.transaction = new TransactionTemplate(transactions);
    this.audit = audit;
  }

  /**
   * Starts importing the file into the training, if the signed-in person may change it and it keeps
   * participants person by person.
   */
  public ImportJob start(long trainingId, String fileName, byte[] content) {
    Training t = trainings.editable(trainingId);
    if (!t.keepsPersons()) {
      throw new InvalidTrainingInputException("file", "training.error.countsOnly");
    }
    forgetOldJobs();
    ImportJob job =
        new ImportJob(UUID.randomUUID().toString(), AuditLog.currentActor(), trainingId, fileName);
    jobs.put(job.id(), job);
    workers.execute(new DelegatingSecurityContextRunnable(() -> run(job, content)));
    return job;
  }

  /** The job, if the signed-in person started it. */
  public ImportJob job(String id) {
    ImportJob job = jobs.get(id);
    if (job == null || !job.owner().equals(AuditLog.currentActor())) {
      throw new TrainingNotFoundException("import", id);
    }
    return job;
  }

  private void run(ImportJob job, byte[] content) {
    try {
      job.step(ImportState.VALIDATING, 0);
      String text = ParticipantFile.decode(content);
      job.step(ImportState.VALIDATING, lines(text));
      long started = System.nanoTime();
      ParticipantFile.Checked checked = ParticipantFile.check(text, job::progress);
      long checkedAt = System.nanoTime();
      if (!checked.problems().isEmpty()) {
        reject(job, checked.problems());
        return;
      }
      if (checked.rows().isEmpty()) {
        job.refuse("training.import.error.empty", List.of());
        return;
      }
      job.step(ImportState.SAVING, checked.rows().size());
      List<ImportProblem> clashes = transaction.execute(s -> save(job, checked, s));
      log.info(
          "Import {} into training {}: {} rows checked in {} ms, saved in {} ms",
          job.id(),
          job.trainingId(),
          checked.rows().size(),
          (checkedAt - started) / 1_000_000,
          (System.nanoTime() - checkedAt) / 1_000_000);
      if (clashes != null && !clashes.isEmpty()) {
        reject(job, clashes);
      }
    } catch (ParticipantFile.Refused r) {
      job.refuse(r.key, r.args);
    } catch (RuntimeException e) {
      log.warn("Import {} into training {} failed", job.id(), job.trainingId(), e);
      job.refuse("training.import.error.failed", List.of());
    }
  }

  private static void reject(ImportJob job, List<ImportProblem> problems) {
    job.reject(
        problems.subList(0, Math.min(problems.size(), ImportJob.PROBLEMS_KEPT)), problems.size());
  }

  /**
   * In one transaction: waits for other changes to the training's participants, refuses people
   * already recorded (rolling back), then copies every row in and records the import.
   */
  private List<ImportProblem> save(
      ImportJob job,
      ParticipantFile.Checked checked,
      org.springframework.transaction.TransactionStatus status) {
    long trainingId = job.trainingId();
    repository.lock(trainingId);
    Set<String> existing = participants.keys(trainingId);
    List<ImportProblem> clashes = new ArrayList<>();
    List<ParticipantDraft> rows = checked.rows();
    if (!existing.isEmpty()) {
      for (int i = 0; i < rows.size(); i++) {
        ParticipantDraft d = rows.get(i);
        if (existing.contains(ParticipantRules.key(d.fullName(), d.institution()))) {
          clashes.add(
              ParticipantFile.problem(
                  checked.rowNumbers()[i], "name", "training.import.error.recorded", d.fullName()));
        }
      }
      if (!clashes.isEmpty()) {
        status.setRollbackOnly();
        return clashes;
      }
    }
    long copied = copy(trainingId, rows, job);
    audit.record(
        "PARTICIPANTS_IMPORTED", "training", trainingId, copied + " rows from " + job.fileName());
    job.succeed(copied);
    return List.of();
  }

  private long copy(long trainingId, List<ParticipantDraft> rows, ImportJob job) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      CopyIn in =
          connection
              .unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn(
                  "copy training_participant (training_id, full_name, institution, sex, position,"
                      + " pre_score, post_score) from stdin (format csv)");
      StringBuilder chunk = new StringBuilder(CHUNK * 80);
      String id = Long.toString(trainingId);
      for (int i = 0; i < rows.size(); i++) {
        ParticipantDraft d = rows.get(i);
        chunk.append(id).append(',');
        quoted(chunk, d.fullName()).append(',');
        quoted(chunk, d.institution()).append(',');
        chunk.append(d.sex().name()).append(',');
        quoted(chunk, d.position()).append(',');
        number(chunk, d.preScore()).append(',');
        number(chunk, d.postScore()).append('\n');
        if ((i + 1) % CHUNK == 0 || i == rows.size() - 1) {
          byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
          in.writeToCopy(bytes, 0, bytes.length);
          chunk.setLength(0);
          job.progress(i + 1);
        }
      }
      return in.endCopy();
    } catch (SQLException e) {
      throw new IllegalStateException("COPY into training_participant failed", e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /** A text cell for COPY's CSV format: quoted, so an empty cell is NULL only when absent. */
  private static StringBuilder quoted(StringBuilder b, String s) {
    if (s == null) {
      return b;
    }
    return b.append('"').append(s.replace("\"", "\"\"")).append('"');
  }

  private static StringBuilder number(StringBuilder b, BigDecimal n) {
    return n == null ? b : b.append(n.toPlainString());
  }

  private static int lines(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    // the header is no participant; a last line without a line break is one
    return Math.max(1, text.endsWith("\n") ? n - 1 : n);
  }

  private void forgetOldJobs() {
    Instant cutoff = Instant.now().minus(KEPT);
    jobs.values().removeIf(j -> j.finished() && j.created().isBefore(cutoff));
  }

  @PreDestroy
  void stop() {
    workers.shutdownNow();
  }
}
