package org.safar.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the project and programme dashboards show, computed from the records when asked. */
@Service
public class Dashboards {

  private final ResultsFrameworks frameworks;
  private final Indicators indicators;
  private final IndicatorRepository repository;

  Dashboards(ResultsFrameworks frameworks, Indicators indicators, IndicatorRepository repository) {
    this.frameworks = frameworks;
    this.indicators = indicators;
    this.repository = repository;
  }

  /**
   * Every indicator of the framework with target, value and trend; the project must be in scope.
   */
  @Transactional(readOnly = true)
  public List<IndicatorSummary> project(long frameworkId) {
    ResultsFramework f = frameworks.frameworkInScope(frameworkId);
    return frameworks.indicatorsOf(f.id()).stream().map(i -> summary(i, f)).toList();
  }

  @Transactional(readOnly = true)
  public IndicatorSummary indicator(long indicatorId) {
    Indicator i = frameworks.indicator(indicatorId);
    return summary(i, frameworks.frameworkInScope(i.frameworkId()));
  }

  IndicatorSummary summary(Indicator i, ResultsFramework f) {
    IndicatorValues byQuarter = indicators.compute(i, f, IndicatorQuery.by(Dimension.QUARTER));
    BigDecimal actual = byQuarter.total().map(Cell::value).orElse(emptyValue(i));
    List<Cell> trend =
        byQuarter.by(Dimension.QUARTER).stream()
            .sorted(Comparator.comparing(c -> c.get(Dimension.QUARTER)))
            .toList();
    List<PeriodValue> targets = repository.targets(i.id());
    List<IndicatorSummary.TargetVsActual> rows = new ArrayList<>();
    for (PeriodValue t : targets) {
      IndicatorValues in =
          indicators.compute(
              i, f, new IndicatorQuery(t.startsOn(), t.endsOn(), List.of(), Filters.NONE));
      rows.add(
          new IndicatorSummary.TargetVsActual(
              t, in.total().map(Cell::value).orElse(emptyValue(i))));
    }
    BigDecimal target = null;
    if (!targets.isEmpty()) {
      target =
          i.additive() || i.measure() == Measure.DISTINCT
              ? targets.stream().map(PeriodValue::value).reduce(BigDecimal.ZERO, BigDecimal::add)
              : targets.get(targets.size() - 1).value();
    }
    return new IndicatorSummary(i, actual, target, trend, rows);
  }

  /** A count of nothing is 0; a share of nothing is no data; a manual indicator has none yet. */
  private static BigDecimal emptyValue(Indicator i) {
    return i.isShare() || Indicators.MANUAL.equals(i.source()) ? null : BigDecimal.ZERO;
  }

  /**
   * A programme's projects, and the indicators that mean the same in several of them (same records,
   * filters, measure and unit) added up, where adding is right: counts and sums, never distinct
   * persons (one person may be in two projects) or shares.
   */
  @Transactional(readOnly = true)
  public ProgrammeResults programme(long programmeId) {
    List<ResultsFrameworks.ProjectResults> projects = frameworks.programme(programmeId);
    Map<ResultsFrameworks.ProjectResults, List<IndicatorSummary>> perProject =
        new LinkedHashMap<>();
    Map<List<Object>, List<IndicatorSummary>> comparable = new LinkedHashMap<>();
    for (ResultsFrameworks.ProjectResults p : projects) {
      List<IndicatorSummary> summaries =
          p.indicators().stream().map(i -> summary(i, p.framework())).toList();
      perProject.put(p, summaries);
      for (IndicatorSummary s : summaries) {
        Indicator i = s.indicator();
        if (i.additive() && !Indicators.MANUAL.equals(i.source())) {
          comparable
              .computeIfAbsent(
                  List.of(i.source(), i.measure(), i.unit(), i.filters()), k -> new ArrayList<>())
              .add(s);
        }
      }
    }
    List<CombinedIndicator> combined = new ArrayList<>();
    comparable.forEach(
        (k, list) -> {
          if (list.size() > 1) {
            BigDecimal actual =
                list.stream()
                    .map(IndicatorSummary::actual)
                    .filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            boolean allTargets = list.stream().allMatch(s -> s.target() != null);
            BigDecimal target =
                allTargets
                    ? list.stream()
                        .map(IndicatorSummary::target)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                    : null;
            combined.add(new CombinedIndicator(list, actual, target));
          }
        });
    return new ProgrammeResults(perProject, combined);
  }

  /** The same indicator in several projects, added up. */
  public record CombinedIndicator(
      List<IndicatorSummary> parts, BigDecimal actual, BigDecimal target) {
    public Indicator first() {
      return parts.get(0).indicator();
    }

    public BigDecimal progress() {
      return IndicatorSummary.percent(actual, target);
    }
  }

  public record ProgrammeResults(
      Map<ResultsFrameworks.ProjectResults, List<IndicatorSummary>> projects,
      List<CombinedIndicator> combined) {}
}
