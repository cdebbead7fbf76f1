package org.safar.results;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One donor report being made into a PDF or XLSX in the background, watched from a progress page.
 * Only the person who started it can see it or download its file; it is forgotten {@link
 * DonorReportJobs#KEPT} after it was started.
 */
public final class DonorReportJob {

  /** Where a job stands; the steps in the order they run. */
  public enum State {
    QUEUED,
    /** Computing the indicators, one by one. */
    COMPUTING,
    /** Laying out the tables and drawing the charts. */
    RENDERING,
    /** Writing the file. */
    WRITING,
    DONE,
    FAILED;

    public boolean finished() {
      return this == DONE || this == FAILED;
    }

    public String messageKey() {
      return "results.report.job.state." + name().toLowerCase(Locale.ROOT);
    }
  }

  private final String id;
  private final String owner;
  private final long reportId;
  private final String format;
  private final long programmeId;
  private final String projectTitle;
  private final LocalDate periodStart;
  private final LocalDate periodEnd;
  private final Instant created;
  private volatile State state = State.QUEUED;
  private volatile int indicators;
  private volatile int computed;
  private volatile byte[] body;
  private volatile String fileName;
  private volatile String failureKey;

  DonorReportJob(
      String id,
      String owner,
      DonorReport report,
      String format,
      long programmeId,
      String projectTitle,
      Instant created) {
    this.id = id;
    this.owner = owner;
    this.reportId = report.id();
    this.periodStart = report.periodStart();
    this.periodEnd = report.periodEnd();
    this.format = format;
    this.programmeId = programmeId;
    this.projectTitle = projectTitle;
    this.created = created;
  }

  /**
   * A copy that no longer changes, for one page: the header and every part of the page then tell
   * the same state (a page said DONE while its header still asked to reload).
   */
  public DonorReportJob snapshot() {
    DonorReportJob copy =
        new DonorReportJob(
            id,
            owner,
            reportId,
            format,
            programmeId,
            projectTitle,
            periodStart,
            periodEnd,
            created);
    synchronized (this) {
      copy.state = state;
      copy.indicators = indicators;
      copy.computed = computed;
      copy.fileName = fileName;
      copy.failureKey = failureKey;
    }
    return copy;
  }

  private DonorReportJob(
      String id,
      String owner,
      long reportId,
      String format,
      long programmeId,
      String projectTitle,
      LocalDate periodStart,
      LocalDate periodEnd,
      Instant created) {
    this.id = id;
    this.owner = owner;
    this.reportId = reportId;
    this.format = format;
    this.programmeId = programmeId;
    this.projectTitle = projectTitle;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.created = created;
  }

  public String id() {
    return id;
  }

  String owner() {
    return owner;
  }

  public long reportId() {
    return reportId;
  }

  /** {@code pdf} or {@code xlsx}. */
  public String format() {
    return format;
  }

  public long programmeId() {
    return programmeId;
  }

  public String projectTitle() {
    return projectTitle;
  }

  public LocalDate periodStart() {
    return periodStart;
  }

  public LocalDate periodEnd() {
    return periodEnd;
  }

  Instant created() {
    return created;
  }

  public State state() {
    return state;
  }

  public boolean finished() {
    return state.finished();
  }

  /** How many indicators the report has (known once computing starts). */
  public int indicators() {
    return indicators;
  }

  /** How many of them are computed. */
  public int computed() {
    return computed;
  }

  /** The indicator being computed now, counted from 1 (for "indicator 3 of 12"). */
  public int computing() {
    return Math.min(indicators, computed + 1);
  }

  /**
   * Per cent done, for the progress bar: each indicator is one step, drawing and writing the file
   * one each.
   */
  public int percent() {
    int steps = indicators + 2;
    return switch (state) {
      case QUEUED -> 0;
      case COMPUTING -> computed * 100 / steps;
      case RENDERING -> indicators * 100 / steps;
      case WRITING -> (indicators + 1) * 100 / steps;
      case DONE, FAILED -> 100;
    };
  }

  public String fileName() {
    return fileName;
  }

  /** The message key saying why the job failed, or null. */
  public String failureKey() {
    return failureKey;
  }

  byte[] body() {
    return body;
  }

  synchronized void computed(int done, int of) {
    this.indicators = of;
    this.computed = done;
    this.state = State.COMPUTING;
  }

  synchronized void rendering() {
    this.state = State.RENDERING;
  }

  synchronized void writing() {
    this.state = State.WRITING;
  }

  synchronized void succeed(byte[] file, String name) {
    this.body = file;
    this.fileName = name;
    this.state = State.DONE;
  }

  synchronized void fail(String key) {
    this.failureKey = key;
    this.state = State.FAILED;
  }
}
