package org.safar.results;

import java.time.LocalDate;
import java.util.List;
import org.safar.audit.AuditLog;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking back what the M&E officer defined: an indicator (with its targets, manual values and DHIS2
 * mapping), a target, a manual value, a result with nothing under it. Each needs the framework's
 * project in scope (403 and audited otherwise) and is audited in the same transaction; the web
 * layer decides who may.
 *
 * <p>Donor reports keep no figures (they are computed when downloaded), so an indicator in use by a
 * report can be deleted: the confirmation page lists the framework's reports and says the indicator
 * will be missing from them from then on.
 */
@Service
public class ResultsDeletions {

  private final ResultsFrameworks frameworks;
  private final FrameworkRepository frameworkRepository;
  private final IndicatorRepository indicators;
  private final DonorReportRepository reports;
  private final AuditLog audit;

  ResultsDeletions(
      ResultsFrameworks frameworks,
      FrameworkRepository frameworkRepository,
      IndicatorRepository indicators,
      DonorReportRepository reports,
      AuditLog audit) {
    this.frameworks = frameworks;
    this.frameworkRepository = frameworkRepository;
    this.indicators = indicators;
    this.reports = reports;
    this.audit = audit;
  }

  /** What goes with an indicator when it is deleted, for the confirmation page. */
  public record IndicatorDeletion(
      Indicator indicator,
      ResultsFramework framework,
      int targets,
      int manualValues,
      boolean dhis2Mapped,
      List<DonorReport> donorReports) {}

  @Transactional(readOnly = true)
  public IndicatorDeletion indicatorDeletion(long indicatorId) {
    Indicator i = frameworks.indicator(indicatorId);
    ResultsFramework f = frameworks.frameworkInScope(i.frameworkId());
    int[] d = indicators.dependants(indicatorId);
    return new IndicatorDeletion(i, f, d[0], d[1], d[2] > 0, reports.ofFramework(f.id()));
  }

  /** Deletes the indicator as it was at {@code version} (a conflict if changed meanwhile). */
  @Transactional
  public void deleteIndicator(long indicatorId, int version) {
    Indicator i = frameworks.indicator(indicatorId);
    int[] d = indicators.dependants(indicatorId);
    if (!indicators.delete(indicatorId, version)) {
      throw new OptimisticLockingFailureException("indicator " + indicatorId);
    }
    audit.record(
        "DELETED",
        "indicator",
        indicatorId,
        i.code()
            + " "
            + i.title()
            + " (targets "
            + d[0]
            + ", manual values "
            + d[1]
            + (d[2] > 0 ? ", DHIS2 mapping" : "")
            + ")");
  }

  /** Removes a target; false when there was none for this period. */
  @Transactional
  public boolean deleteTarget(long indicatorId, LocalDate startsOn, LocalDate endsOn) {
    frameworks.indicator(indicatorId);
    checkPeriod(startsOn, endsOn);
    if (indicators.deleteTarget(indicatorId, startsOn, endsOn) == 1) {
      audit.record("TARGET_REMOVED", "indicator", indicatorId, startsOn + ".." + endsOn);
      return true;
    }
    return false;
  }

  /** Removes a value entered by hand; false when there was none for this period. */
  @Transactional
  public boolean deleteManualValue(long indicatorId, LocalDate startsOn, LocalDate endsOn) {
    frameworks.indicator(indicatorId);
    checkPeriod(startsOn, endsOn);
    if (indicators.deleteManualValue(indicatorId, startsOn, endsOn) == 1) {
      audit.record("VALUE_REMOVED", "indicator", indicatorId, startsOn + ".." + endsOn);
      return true;
    }
    return false;
  }

  private static void checkPeriod(LocalDate startsOn, LocalDate endsOn) {
    if (startsOn == null || endsOn == null) {
      throw new InvalidIndicatorException("startsOn", "results.error.datesMissing");
    }
  }

  /** A result with what stands under it: results and indicators (both must be none to delete). */
  public record ResultDeletion(
      ResultNode result, ResultsFramework framework, int children, int indicators) {
    public boolean possible() {
      return children == 0 && indicators == 0;
    }
  }

  @Transactional(readOnly = true)
  public ResultDeletion resultDeletion(long resultId) {
    return resultDeletion(resultId, false);
  }

  private ResultDeletion resultDeletion(long resultId, boolean lock) {
    ResultNode r =
        frameworkRepository
            .findResult(resultId, lock)
            .orElseThrow(() -> new ResultsNotFoundException("result_node", resultId));
    ResultsFramework f = frameworks.frameworkInScope(r.frameworkId());
    int[] d = frameworkRepository.resultDependants(resultId);
    return new ResultDeletion(r, f, d[0], d[1]);
  }

  /**
   * Deletes a result that has no result and no indicator under it; otherwise refuses, saying how
   * many there are. Returns the framework's project, to go back to.
   */
  @Transactional
  public long deleteResult(long resultId) {
    ResultDeletion d = resultDeletion(resultId, true);
    if (!d.possible()) {
      throw new InvalidIndicatorException(
          "resultId", "results.error.resultNotEmpty", d.children(), d.indicators());
    }
    frameworkRepository.deleteResult(resultId);
    audit.record(
        "DELETED",
        "result_node",
        resultId,
        d.result().level() + " " + d.result().code() + " " + d.result().title());
    return d.framework().programmeId();
  }
}
