package org.safar.results;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.safar.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes donor reports into files in the background, so a large project's report does not hold the
 * request: the request starts a job and gets its progress page; a worker computes the indicators
 * one by one (the job counts them), draws the report and writes the file, under the security
 * context of the person who asked, so their scope applies. Jobs live in memory, visible only to
 * that person, for {@link #KEPT} (the last {@link #KEPT_PER_PERSON} finished ones); each person
 * runs at most {@link #PER_PERSON} at once, and the workers take at most {@link #QUEUED} waiting
 * jobs in all. The file's download is audited as a direct download is.
 */
@Service
public class DonorReportJobs {

  static final Duration KEPT = Duration.ofMinutes(30);
  static final int PER_PERSON = 3;
  static final int KEPT_PER_PERSON = 10;
  static final int WORKERS = 2;
  static final int QUEUED = 20;
  static final Set<String> FORMATS = Set.of("pdf", "xlsx");
  private static final Logger log = LoggerFactory.getLogger(DonorReportJobs.class);

  /** Draws the report's file; calls {@code writing.run()} when it starts writing the file. */
  @FunctionalInterface
  public interface Renderer {
    byte[] render(DonorReports.Content content, Runnable writing);
  }

  private final DonorReports reports;
  private final ResultsFrameworks frameworks;
  private final AuditLog audit;
  private final Clock clock;
  private final Map<String, DonorReportJob> jobs = new ConcurrentHashMap<>();
  private final ThreadPoolExecutor workers =
      new ThreadPoolExecutor(
          WORKERS,
          WORKERS,
          0,
          TimeUnit.MILLISECONDS,
          new ArrayBlockingQueue<>(QUEUED),
          r -> {
            Thread t = new Thread(r, "donor-report");
            t.setDaemon(true);
            return t;
          });

  DonorReportJobs(DonorReports reports, ResultsFrameworks frameworks, AuditLog audit, Clock clock) {
    this.reports = reports;
    this.frameworks = frameworks;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Starts making the report into a {@code pdf} or {@code xlsx} file, if the signed-in person may
   * see it (403 and audited otherwise). Refused with a {@link InvalidIndicatorException} when they
   * already have {@link #PER_PERSON} jobs running or the workers are full.
   */
  public DonorReportJob start(long reportId, String format, Renderer renderer) {
    if (!FORMATS.contains(format)) {
      throw new InvalidIndicatorException("format", "results.report.job.error.format");
    }
    DonorReport report = reports.get(reportId);
    ResultsFramework f = frameworks.frameworkInScope(report.frameworkId());
    ResultsFrameworks.ProjectResults project = frameworks.project(f.programmeId());
    String owner = AuditLog.currentActor();
    forgetOldJobs(owner);
    DonorReportJob job;
    synchronized (this) {
      long running =
          jobs.values().stream().filter(j -> j.owner().equals(owner) && !j.finished()).count();
      if (running >= PER_PERSON) {
        throw new InvalidIndicatorException(
            "format", "results.report.job.error.tooMany", PER_PERSON);
      }
      job =
          new DonorReportJob(
              UUID.randomUUID().toString(),
              owner,
              report,
              format,
              f.programmeId(),
              project.project().title(),
              clock.instant());
      jobs.put(job.id(), job);
    }
    try {
      // the worker runs as the person who asked, on a copy of their context the request cannot
      // change
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
      workers.execute(new DelegatingSecurityContextRunnable(() -> run(job, renderer), context));
    } catch (RejectedExecutionException e) {
      jobs.remove(job.id());
      throw new InvalidIndicatorException("format", "results.report.job.error.busy");
    }
    return job;
  }

  /** The job, if the signed-in person started it and it is not yet forgotten. */
  public DonorReportJob job(String id) {
    DonorReportJob job = id == null ? null : jobs.get(id);
    if (job == null || !job.owner().equals(AuditLog.currentActor()) || expired(job)) {
      throw new ResultsNotFoundException("donor report job", id);
    }
    return job;
  }

  /** A finished job's file. */
  public record File(String name, String format, byte[] body) {}

  /** The finished job's file, its download audited as a direct download is. */
  @Transactional
  public File download(String id) {
    DonorReportJob job = job(id);
    if (job.state() != DonorReportJob.State.DONE) {
      throw new ResultsNotFoundException("file of donor report job", id);
    }
    audit.record("DOWNLOADED", "donor_report", job.reportId(), job.format());
    return new File(job.fileName(), job.format(), job.body());
  }

  private void run(DonorReportJob job, Renderer renderer) {
    long started = System.nanoTime();
    try {
      DonorReports.Content content = reports.compute(job.reportId(), job::computed);
      job.rendering();
      byte[] file = renderer.render(content, job::writing);
      job.succeed(file, content.fileName(job.format()));
      log.info(
          "Donor report {} as {}: {} indicators in {} ms",
          job.reportId(),
          job.format(),
          job.indicators(),
          (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      log.warn("Donor report {} as {} failed", job.reportId(), job.format(), e);
      job.fail("results.report.job.failed");
    }
  }

  private boolean expired(DonorReportJob job) {
    return job.created().isBefore(clock.instant().minus(KEPT));
  }

  /** Forgets expired jobs, and a person's oldest finished ones beyond {@link #KEPT_PER_PERSON}. */
  private synchronized void forgetOldJobs(String owner) {
    jobs.values().removeIf(j -> j.finished() && expired(j));
    List<DonorReportJob> finished =
        jobs.values().stream()
            .filter(j -> j.owner().equals(owner) && j.finished())
            .sorted(Comparator.comparing(DonorReportJob::created).reversed())
            .toList();
    finished.stream().skip(KEPT_PER_PERSON).forEach(j -> jobs.remove(j.id()));
  }

  @PreDestroy
  void stop() {
    workers.shutdownNow();
  }
}
