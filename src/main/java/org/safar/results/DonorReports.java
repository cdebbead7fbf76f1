package org.safar.results;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safar.audit.AuditLog;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Donor progress reports (a narrative per project and period, with the indicator figures computed
 * when downloaded) and a programme's key achievements. Access as the project's dashboard; every
 * download is audited.
 */
@Service
public class DonorReports {

  static final int MAX_TEXT = 8000;

  private final ResultsFrameworks frameworks;
  private final Indicators indicators;
  private final IndicatorRepository indicatorRepository;
  private final DonorReportRepository reports;
  private final AuditLog audit;
  private final Clock clock;

  DonorReports(
      ResultsFrameworks frameworks,
      Indicators indicators,
      IndicatorRepository indicatorRepository,
      DonorReportRepository reports,
      AuditLog audit,
      Clock clock) {
    this.frameworks = frameworks;
    this.indicators = indicators;
    this.indicatorRepository = indicatorRepository;
    this.reports = reports;
    this.audit = audit;
    this.clock = clock;
  }

  /** The reports of a framework, latest period first; the project must be in scope. */
  @Transactional(readOnly = true)
  public List<DonorReport> ofFramework(long frameworkId) {
    frameworks.frameworkInScope(frameworkId);
    return reports.ofFramework(frameworkId);
  }

  /** A report whose project the signed-in person may see (403 and audited otherwise). */
  @Transactional(readOnly = true)
  public DonorReport get(long id) {
    DonorReport r =
        reports.find(id).orElseThrow(() -> new ResultsNotFoundException("donor_report", id));
    frameworks.frameworkInScope(r.frameworkId());
    return r;
  }

  @Transactional
  public long create(long frameworkId, DonorReport draft) {
    ResultsFramework f = frameworks.frameworkInScope(frameworkId);
    check(f, draft);
    long id = reports.insert(frameworkId, trimmed(draft), AuditLog.currentActor());
    audit.record("CREATED", "donor_report", id, draft.periodStart() + ".." + draft.periodEnd());
    return id;
  }

  @Transactional
  public void change(long id, int version, DonorReport draft) {
    DonorReport current = get(id);
    check(frameworks.frameworkInScope(current.frameworkId()), draft);
    if (!reports.update(id, version, trimmed(draft), AuditLog.currentActor())) {
      throw new OptimisticLockingFailureException("donor_report " + id);
    }
    audit.record("CHANGED", "donor_report", id, draft.periodStart() + ".." + draft.periodEnd());
  }

  private static void check(ResultsFramework f, DonorReport d) {
    if (d.periodStart() == null || d.periodEnd() == null) {
      throw new InvalidIndicatorException("periodStart", "results.error.datesMissing");
    }
    if (d.periodEnd().isBefore(d.periodStart())) {
      throw new InvalidIndicatorException("periodEnd", "results.error.datesOrder");
    }
    if (!f.covers(d.periodStart()) || !f.covers(d.periodEnd())) {
      throw new InvalidIndicatorException(
          "periodStart", "results.error.periodOutside", f.startsOn(), f.endsOn());
    }
    if (d.summary() == null || d.summary().isBlank()) {
      throw new InvalidIndicatorException("summary", "results.report.error.summaryMissing");
    }
    tooLong("summary", d.summary());
    tooLong("achievements", d.achievements());
    tooLong("challenges", d.challenges());
    tooLong("nextSteps", d.nextSteps());
  }

  private static void tooLong(String field, String text) {
    if (text != null && text.length() > MAX_TEXT) {
      throw new InvalidIndicatorException(field, "results.report.error.tooLong", MAX_TEXT);
    }
  }

  private static DonorReport trimmed(DonorReport d) {
    return DonorReport.draft(
        d.periodStart(),
        d.periodEnd(),
        d.summary().strip(),
        blankToNull(d.achievements()),
        blankToNull(d.challenges()),
        blankToNull(d.nextSteps()));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /**
   * One indicator in a report: baseline, the period's target and actual, and by sex if it has it.
   */
  public record Row(
      Indicator indicator,
      BigDecimal baseline,
      BigDecimal target,
      BigDecimal actual,
      List<Cell> bySex) {}

  /** What a downloaded report shows: the narrative, the project and the indicator rows. */
  public record Content(
      DonorReport report, ResultsFrameworks.ProjectResults project, List<Row> rows) {

    /** {@code donor-report-<project code>-<first day>-<last day>.<extension>}. */
    public String fileName(String extension) {
      return "donor-report-"
          + project.project().code()
          + "-"
          + report.periodStart()
          + "-"
          + report.periodEnd()
          + "."
          + extension;
    }
  }

  /** Told after each indicator computed: how many are done, of how many. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = (done, of) -> {};

    void computed(int done, int of);
  }

  /** The report with its figures computed now, the download audited (as {@code format}). */
  @Transactional
  public Content content(long id, String format) {
    Content content = compute(id, Progress.NONE);
    audit.record("DOWNLOADED", "donor_report", id, format);
    return content;
  }

  /**
   * The report with its figures computed now, indicator by indicator (each with its breakdown by
   * sex, if it has one, from the same statement), telling {@code progress} after each. Not audited:
   * whoever hands the figures out records that.
   */
  @Transactional(readOnly = true)
  public Content compute(long id, Progress progress) {
    DonorReport r = get(id);
    ResultsFramework f = frameworks.frameworkInScope(r.frameworkId());
    List<Indicator> all = frameworks.indicatorsOf(f.id());
    progress.computed(0, all.size());
    List<Row> rows = new ArrayList<>();
    for (Indicator i : all) {
      boolean bySex =
          i.dimensions().contains(Dimension.SEX) && !Indicators.MANUAL.equals(i.source());
      IndicatorQuery period =
          new IndicatorQuery(
              r.periodStart(),
              r.periodEnd(),
              bySex ? List.of(Dimension.SEX) : List.of(),
              Filters.NONE);
      IndicatorValues v = indicators.compute(i, f, period);
      List<Cell> sexes =
          bySex
              ? v.by(Dimension.SEX).stream()
                  .sorted(Comparator.comparing(c -> c.get(Dimension.SEX)))
                  .toList()
              : List.of();
      BigDecimal actual = v.total().map(Cell::value).orElse(null);
      if (actual == null && !i.isShare() && !Indicators.MANUAL.equals(i.source())) {
        actual = BigDecimal.ZERO;
      }
      rows.add(new Row(i, i.baselineValue(), target(i, r), actual, sexes));
      progress.computed(rows.size(), all.size());
    }
    return new Content(r, frameworks.project(f.programmeId()), rows);
  }

  /** The targets set for periods inside the report's: summed for counts, the last for shares. */
  private BigDecimal target(Indicator i, DonorReport r) {
    List<PeriodValue> in =
        indicatorRepository.targets(i.id()).stream()
            .filter(t -> t.within(r.periodStart(), r.periodEnd()))
            .toList();
    if (in.isEmpty()) {
      return null;
    }
    return i.additive() || i.measure() == Measure.DISTINCT
        ? in.stream().map(PeriodValue::value).reduce(BigDecimal.ZERO, BigDecimal::add)
        : in.get(in.size() - 1).value();
  }

  /** A programme's top figure: a count that means the same in its projects, added up. */
  public record Achievement(
      String title, Unit unit, int projects, BigDecimal thisYear, BigDecimal allTime) {}

  /** The programme's key achievements (largest first), for a year; the download audited. */
  @Transactional
  public List<Achievement> achievements(long programmeId) {
    int year = LocalDate.now(clock).getYear();
    IndicatorQuery thisYear =
        new IndicatorQuery(
            LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), List.of(), Filters.NONE);
    Map<List<Object>, List<BigDecimal[]>> groups = new LinkedHashMap<>();
    Map<List<Object>, Indicator> first = new LinkedHashMap<>();
    for (ResultsFrameworks.ProjectResults p : frameworks.programme(programmeId)) {
      for (Indicator i : p.indicators()) {
        if (!i.additive() || Indicators.MANUAL.equals(i.source())) {
          continue;
        }
        List<Object> key = List.of(i.source(), i.measure(), i.unit(), i.filters());
        first.putIfAbsent(key, i);
        BigDecimal all = value(indicators.compute(i, p.framework(), IndicatorQuery.total()));
        BigDecimal year1 = value(indicators.compute(i, p.framework(), thisYear));
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new BigDecimal[] {year1, all});
      }
    }
    List<Achievement> out = new ArrayList<>();
    groups.forEach(
        (key, parts) ->
            out.add(
                new Achievement(
                    first.get(key).title(),
                    first.get(key).unit(),
                    parts.size(),
                    parts.stream().map(a -> a[0]).reduce(BigDecimal.ZERO, BigDecimal::add),
                    parts.stream().map(a -> a[1]).reduce(BigDecimal.ZERO, BigDecimal::add))));
    out.sort(Comparator.comparing(Achievement::allTime).reversed());
    audit.record("DOWNLOADED", "programme", programmeId, "key achievements");
    return out;
  }

  private static BigDecimal value(IndicatorValues v) {
    return v.total().map(Cell::value).orElse(BigDecimal.ZERO);
  }
}
