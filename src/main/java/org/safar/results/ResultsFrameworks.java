package org.safar.results;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.safar.audit.AuditLog;
import org.safar.orgunits.OrgUnits;
import org.safar.portfolio.Portfolio;
import org.safar.portfolio.PortfolioLevel;
import org.safar.portfolio.Programme;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Results frameworks and indicator definitions: what the M&E officer sets up once. Seeing one needs
 * its project in the person's scope (the portfolio's rule); the web layer decides who edits.
 */
@Service
public class ResultsFrameworks {

  private final FrameworkRepository frameworks;
  private final IndicatorRepository indicators;
  private final Portfolio portfolio;
  private final OrgUnits orgUnits;
  private final AuditLog audit;
  private final Map<String, IndicatorSource> sources = new LinkedHashMap<>();

  ResultsFrameworks(
      FrameworkRepository frameworks,
      IndicatorRepository indicators,
      Portfolio portfolio,
      OrgUnits orgUnits,
      AuditLog audit,
      List<IndicatorSource> sources) {
    this.frameworks = frameworks;
    this.indicators = indicators;
    this.portfolio = portfolio;
    this.orgUnits = orgUnits;
    this.audit = audit;
    sources.forEach(s -> this.sources.put(s.code(), s));
  }

  /** The sources an indicator can count, in the order they were declared. */
  public List<IndicatorSource> sources() {
    return List.copyOf(sources.values());
  }

  public IndicatorSource source(String code) {
    IndicatorSource s = sources.get(code);
    if (s == null) {
      throw new InvalidIndicatorException("source", "results.error.source", code);
    }
    return s;
  }

  /** Projects and components in the person's scope, with or without a framework. */
  @Transactional(readOnly = true)
  public org.safar.shell.ResultPage<ProjectRow> projects(
      String text, boolean framedOnly, int page, int size) {
    Long[] scope = orgUnits.currentScope().asArray();
    String like = org.safar.shell.ResultPage.containing(text);
    return new org.safar.shell.ResultPage<>(
        frameworks.projects(scope, like, framedOnly, size, (long) page * size),
        page,
        size,
        frameworks.countProjects(scope, like, framedOnly));
  }

  /** A project (or component) with its framework, if it has one; 403 outside scope. */
  @Transactional(readOnly = true)
  public ProjectResults project(long programmeId) {
    Portfolio.ProgrammeView view = portfolio.view(programmeId);
    Optional<ResultsFramework> f = frameworks.findByProgramme(programmeId);
    return new ProjectResults(
        view.programme(),
        view.parent(),
        f.orElse(null),
        f.map(x -> frameworks.results(x.id())).orElse(List.of()),
        f.map(x -> indicators.ofFramework(x.id())).orElse(List.of()));
  }

  /** A programme with the frameworks of the projects under it. */
  @Transactional(readOnly = true)
  public List<ProjectResults> programme(long programmeId) {
    portfolio.view(programmeId);
    return frameworks.underProgramme(programmeId).stream()
        .map(f -> project(f.programmeId()))
        .toList();
  }

  /** Frameworks under a programme, without an access check: for the public view only. */
  List<ResultsFramework> publicFrameworks(long programmeId) {
    return frameworks.underProgramme(programmeId);
  }

  List<Indicator> indicatorsOf(long frameworkId) {
    return indicators.ofFramework(frameworkId);
  }

  @Transactional
  public ResultsFramework create(long programmeId, FrameworkDraft draft) {
    Programme p = portfolio.view(programmeId).programme();
    if (p.level() == PortfolioLevel.PROGRAMME) {
      throw new InvalidIndicatorException("programmeId", "results.error.notAProject");
    }
    if (frameworks.findByProgramme(programmeId).isPresent()) {
      throw new InvalidIndicatorException("programmeId", "results.error.frameworkExists");
    }
    ResultsFramework f = checked(p, draft, null);
    long id = frameworks.insert(f, AuditLog.currentActor());
    audit.record("CREATED", "results_framework", id, p.code());
    return frameworks.findById(id).orElseThrow();
  }

  @Transactional
  public void change(long frameworkId, int version, FrameworkDraft draft) {
    ResultsFramework current = frameworkInScope(frameworkId);
    Programme p = portfolio.view(current.programmeId()).programme();
    if (!frameworks.update(
        frameworkId, version, checked(p, draft, frameworkId), AuditLog.currentActor())) {
      throw new OptimisticLockingFailureException("results_framework " + frameworkId);
    }
    audit.record("CHANGED", "results_framework", frameworkId, p.code());
  }

  private ResultsFramework checked(Programme p, FrameworkDraft d, Long id) {
    if (d.startsOn() == null || d.endsOn() == null) {
      throw new InvalidIndicatorException("startsOn", "results.error.datesMissing");
    }
    if (d.endsOn().isBefore(d.startsOn())) {
      throw new InvalidIndicatorException("endsOn", "results.error.datesOrder");
    }
    if ((p.startDate() != null && d.startsOn().isBefore(p.startDate()))
        || (p.endDate() != null && d.endsOn().isAfter(p.endDate()))) {
      throw new InvalidIndicatorException(
          "startsOn",
          "results.error.outsideProject",
          p.startDate() == null ? "…" : p.startDate(),
          p.endDate() == null ? "…" : p.endDate());
    }
    for (int marker : List.of(d.genderMarker(), d.humanRightsMarker(), d.childMarker())) {
      if (marker < 0 || marker > 4) {
        throw new InvalidIndicatorException("genderMarker", "results.error.marker");
      }
    }
    List<Long> units = d.orgUnitIds().isEmpty() ? List.of(p.ownerOrgUnitId()) : d.orgUnitIds();
    for (Long unit : units) {
      if (orgUnits.find(unit).isEmpty()) {
        throw new InvalidIndicatorException("orgUnitIds", "results.error.orgUnit", unit);
      }
    }
    return new ResultsFramework(
        id,
        p.id(),
        units,
        d.startsOn(),
        d.endsOn(),
        d.genderMarker(),
        d.humanRightsMarker(),
        d.childMarker(),
        0);
  }

  /** A framework whose project the signed-in person may see (403 and audited otherwise). */
  @Transactional(readOnly = true)
  public ResultsFramework frameworkInScope(long frameworkId) {
    ResultsFramework f =
        frameworks
            .findById(frameworkId)
            .orElseThrow(() -> new ResultsNotFoundException("results_framework", frameworkId));
    portfolio.view(f.programmeId());
    return f;
  }

  /** The org units whose records count: the framework's units and everything beneath them. */
  Long[] units(ResultsFramework f) {
    return orgUnits.scopeOf(Set.copyOf(f.orgUnitIds())).asArray();
  }

  @Transactional
  public ResultNode addResult(long frameworkId, Long parentId, String code, String title) {
    ResultsFramework f = frameworkInScope(frameworkId);
    ResultLevel level = ResultLevel.IMPACT;
    if (parentId != null) {
      ResultNode parent =
          frameworks.results(f.id()).stream()
              .filter(r -> r.id().equals(parentId))
              .findFirst()
              .orElseThrow(() -> new InvalidIndicatorException("parentId", "results.error.parent"));
      if (parent.level() == ResultLevel.OUTPUT) {
        throw new InvalidIndicatorException("parentId", "results.error.outputHasNoChild");
      }
      level = parent.level().child();
    }
    if (code == null || code.isBlank() || title == null || title.isBlank()) {
      throw new InvalidIndicatorException("title", "results.error.titleMissing");
    }
    ResultNode node = new ResultNode(null, f.id(), parentId, level, code.trim(), title.trim());
    long id = frameworks.insertResult(node, AuditLog.currentActor());
    audit.record("CREATED", "result_node", id, level + " " + code);
    return new ResultNode(id, f.id(), parentId, level, node.code(), node.title());
  }

  /** An indicator definition; its framework's project must be in scope. */
  @Transactional(readOnly = true)
  public Indicator indicator(long id) {
    Indicator i =
        indicators.findById(id).orElseThrow(() -> new ResultsNotFoundException("indicator", id));
    frameworkInScope(i.frameworkId());
    return i;
  }

  @Transactional
  public long define(Indicator draft) {
    ResultsFramework f = frameworkInScope(draft.frameworkId());
    validate(f, draft, null);
    long id = indicators.insert(draft, AuditLog.currentActor());
    audit.record("CREATED", "indicator", id, draft.code());
    return id;
  }

  @Transactional
  public void redefine(long id, int version, Indicator draft) {
    Indicator current = indicator(id);
    ResultsFramework f = frameworkInScope(current.frameworkId());
    validate(f, draft, id);
    if (!indicators.update(id, version, draft, AuditLog.currentActor())) {
      throw new OptimisticLockingFailureException("indicator " + id);
    }
    audit.record("CHANGED", "indicator", id, draft.code());
  }

  private void validate(ResultsFramework f, Indicator d, Long id) {
    if (d.code() == null || d.code().isBlank() || d.title() == null || d.title().isBlank()) {
      throw new InvalidIndicatorException("title", "results.error.titleMissing");
    }
    if (frameworks.results(f.id()).stream().noneMatch(r -> r.id() == d.resultId())) {
      throw new InvalidIndicatorException("resultId", "results.error.parent");
    }
    if (indicators.codeTaken(f.id(), d.code().trim(), id)) {
      throw new InvalidIndicatorException("code", "results.error.codeTaken", d.code());
    }
    if (MANUAL_SOURCE.equals(d.source())) {
      return;
    }
    IndicatorSource source = source(d.source());
    IndicatorSql.check(source, d, d.dimensions(), Filters.NONE);
    if (d.isShare() && d.unit() != Unit.PERCENTAGE && d.measure() == Measure.CHANGE) {
      throw new InvalidIndicatorException("unit", "results.error.changeIsPercentage");
    }
  }

  private static final String MANUAL_SOURCE = Indicators.MANUAL;

  @Transactional(readOnly = true)
  public List<PeriodValue> targets(long indicatorId) {
    indicator(indicatorId);
    return indicators.targets(indicatorId);
  }

  @Transactional(readOnly = true)
  public List<PeriodValue> manualValues(long indicatorId) {
    indicator(indicatorId);
    return indicators.manualValues(indicatorId);
  }

  /** A target for a period inside the framework's (and so the project's) dates. */
  @Transactional
  public void setTarget(long indicatorId, LocalDate startsOn, LocalDate endsOn, BigDecimal value) {
    PeriodValue t = period(indicatorId, startsOn, endsOn, value, null);
    indicators.putTarget(t, AuditLog.currentActor());
    audit.record("TARGET_SET", "indicator", indicatorId, startsOn + ".." + endsOn + " = " + value);
  }

  @Transactional
  public void removeTarget(long indicatorId, LocalDate startsOn, LocalDate endsOn) {
    indicator(indicatorId);
    if (indicators.deleteTarget(indicatorId, startsOn, endsOn) == 1) {
      audit.record("TARGET_REMOVED", "indicator", indicatorId, startsOn + ".." + endsOn);
    }
  }

  /** A value entered by hand for a period where no record exists. */
  @Transactional
  public void setManualValue(
      long indicatorId, LocalDate startsOn, LocalDate endsOn, BigDecimal value, String note) {
    PeriodValue v = period(indicatorId, startsOn, endsOn, value, note);
    indicators.putManualValue(v, AuditLog.currentActor());
    audit.record(
        "VALUE_ENTERED", "indicator", indicatorId, startsOn + ".." + endsOn + " = " + value);
  }

  private PeriodValue period(
      long indicatorId, LocalDate startsOn, LocalDate endsOn, BigDecimal value, String note) {
    Indicator i = indicator(indicatorId);
    ResultsFramework f = frameworkInScope(i.frameworkId());
    if (startsOn == null || endsOn == null) {
      throw new InvalidIndicatorException("startsOn", "results.error.datesMissing");
    }
    if (endsOn.isBefore(startsOn)) {
      throw new InvalidIndicatorException("endsOn", "results.error.datesOrder");
    }
    if (!f.covers(startsOn) || !f.covers(endsOn)) {
      throw new InvalidIndicatorException(
          "startsOn", "results.error.periodOutside", f.startsOn(), f.endsOn());
    }
    if (value == null) {
      throw new InvalidIndicatorException("value", "results.error.valueMissing");
    }
    return new PeriodValue(indicatorId, startsOn, endsOn, value, note);
  }

  /** A project with its framework (null when it has none yet), results and indicators. */
  public record ProjectResults(
      Programme project,
      Programme parent,
      ResultsFramework framework,
      List<ResultNode> results,
      List<Indicator> indicators) {}
}
