package org.safar.assistance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safar.audit.AuditLog;
import org.safar.orgunits.Countries;
import org.safar.orgunits.OrgUnitScope;
import org.safar.portfolio.Portfolio;
import org.safar.portfolio.PortfolioLevel;
import org.safar.portfolio.Programme;
import org.safar.shell.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Technical-assistance actions and their deliverables: recorded under a portfolio project, kept by
 * an org unit, moved forward from request to completion. Every change is checked, versioned and
 * audited in one transaction.
 */
@Service
public class AssistanceActions {

  private final ActionRepository actions;
  private final DeliverableRepository deliverables;
  private final ExpertRepository experts;
  private final Portfolio portfolio;
  private final AssistanceAccess access;
  private final AuditLog audit;

  AssistanceActions(
      ActionRepository actions,
      DeliverableRepository deliverables,
      ExpertRepository experts,
      Portfolio portfolio,
      AssistanceAccess access,
      AuditLog audit) {
    this.actions = actions;
    this.deliverables = deliverables;
    this.experts = experts;
    this.portfolio = portfolio;
    this.access = access;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public ResultPage<AssistanceAction> search(ActionFilter filter, int page, int size) {
    Long[] scope = access.scope().asArray();
    long total = actions.count(filter, scope);
    return new ResultPage<>(
        actions.search(filter, scope, size, (long) page * size), page, size, total);
  }

  /** An action the signed-in person may see (404 when there is none, 403 outside scope). */
  @Transactional(readOnly = true)
  public AssistanceAction get(long id) {
    return get(id, access.scope());
  }

  AssistanceAction get(long id, OrgUnitScope scope) {
    AssistanceAction a =
        actions.findById(id).orElseThrow(() -> new AssistanceRecordNotFoundException("action", id));
    access.require(scope, a.ownerOrgUnitId(), "ta_action", id);
    return a;
  }

  /** The nationalities of the experts deployed on each of these actions. */
  @Transactional(readOnly = true)
  public Map<Long, List<String>> expertNationalities(List<Long> actionIds) {
    return experts.nationalitiesByAction(actionIds);
  }

  /** The projects and components in scope that actions can be recorded under. */
  @Transactional(readOnly = true)
  public List<Programme> projects() {
    List<Programme> all = new ArrayList<>();
    all.addAll(portfolio.search(null, null, PortfolioLevel.PROJECT, 0, 500).rows());
    all.addAll(portfolio.search(null, null, PortfolioLevel.COMPONENT, 0, 500).rows());
    all.sort(java.util.Comparator.comparing(Programme::title));
    return all;
  }

  /** Actions under a portfolio entry that the signed-in person may see. */
  @Transactional(readOnly = true)
  public long countUnder(java.util.Set<Long> projectIds) {
    return actions.countUnderProjects(projectIds.toArray(Long[]::new), access.scope().asArray());
  }

  @Transactional
  public long record(ActionDraft draft) {
    return record(draft, access.scope());
  }

  /** Records an action kept by a unit in {@code scope} (the demo loads with the whole network). */
  @Transactional
  public long record(ActionDraft draft, OrgUnitScope scope) {
    ActionDraft d = check(draft, scope);
    long id = actions.insert(d, AuditLog.currentActor());
    audit.record("CREATED", "ta_action", id, d.title() + " (" + d.status() + ")");
    return id;
  }

  @Transactional
  public void change(long id, int version, ActionDraft draft) {
    OrgUnitScope scope = access.scope();
    get(id, scope);
    ActionDraft d = check(draft, scope);
    if (actions.activitiesOutside(id, d.startDate(), d.endDate()) > 0) {
      throw new AssistanceInputException("startDate", "assistance.error.activitiesOutside");
    }
    actions.update(id, version, d, AuditLog.currentActor());
    audit.record("UPDATED", "ta_action", id, d.title() + " (" + d.status() + ")");
  }

  /** Moves the action forward to a later stage; completing it needs an end date. */
  @Transactional
  public void moveTo(long id, int version, ActionStatus status) {
    AssistanceAction a = get(id, access.scope());
    if (status == null || !a.nextStatuses().contains(status)) {
      throw new AssistanceInputException("status", "assistance.error.statusBackwards");
    }
    if (status == ActionStatus.COMPLETED && a.endDate() == null) {
      throw new AssistanceInputException("status", "assistance.error.completedNeedsEnd");
    }
    actions.moveTo(id, version, status, AuditLog.currentActor());
    audit.record("STATUS_CHANGED", "ta_action", id, a.status() + " → " + status);
  }

  private ActionDraft check(ActionDraft d, OrgUnitScope scope) {
    Programme project = d.projectId() == null ? null : portfolio.find(d.projectId()).orElse(null);
    if (project == null
        || project.level() == PortfolioLevel.PROGRAMME
        || !scope.contains(project.ownerOrgUnitId())) {
      throw new AssistanceInputException("projectId", "assistance.error.project");
    }
    Long owner = d.ownerOrgUnitId() == null ? project.ownerOrgUnitId() : d.ownerOrgUnitId();
    if (!scope.contains(owner)) {
      throw new AssistanceInputException("ownerOrgUnitId", "assistance.error.orgUnit");
    }
    String title = Typed.required(d.title(), 300, "title");
    List<String> countries =
        d.countryCodes() == null ? List.of() : d.countryCodes().stream().distinct().toList();
    if (countries.isEmpty() || !countries.stream().allMatch(Countries::isKnown)) {
      throw new AssistanceInputException("countryCodes", "assistance.error.countries");
    }
    String institution = Typed.required(d.requestingInstitution(), 300, "requestingInstitution");
    if (d.theme() == null) {
      throw new AssistanceInputException("theme", "assistance.error.theme");
    }
    if (d.requestedOn() == null) {
      throw new AssistanceInputException("requestedOn", "assistance.error.requestedOn");
    }
    if (d.startDate() == null) {
      throw new AssistanceInputException("startDate", "assistance.error.startDate");
    }
    if (d.requestedOn().isAfter(d.startDate())) {
      throw new AssistanceInputException("startDate", "assistance.error.startBeforeRequest");
    }
    if (d.endDate() != null && d.endDate().isBefore(d.startDate())) {
      throw new AssistanceInputException("endDate", "assistance.error.endBeforeStart");
    }
    ActionStatus status = d.status() == null ? ActionStatus.REQUESTED : d.status();
    if (status == ActionStatus.COMPLETED && d.endDate() == null) {
      throw new AssistanceInputException("endDate", "assistance.error.completedNeedsEnd");
    }
    return new ActionDraft(
        project.id(),
        owner,
        title,
        countries,
        institution,
        d.theme(),
        d.requestedOn(),
        status,
        d.startDate(),
        d.endDate(),
        Typed.clean(d.summary(), 4000, "summary"));
  }

  @Transactional(readOnly = true)
  public List<Deliverable> deliverables(long actionId) {
    get(actionId, access.scope());
    return deliverables.ofAction(actionId);
  }

  /** A deliverable with its action, if the signed-in person may see the action. */
  @Transactional(readOnly = true)
  public Deliverable deliverable(long id) {
    Deliverable d =
        deliverables
            .findById(id)
            .orElseThrow(() -> new AssistanceRecordNotFoundException("deliverable", id));
    get(d.actionId(), access.scope());
    return d;
  }

  @Transactional
  public long addDeliverable(long actionId, DeliverableDraft draft) {
    return addDeliverable(actionId, draft, access.scope());
  }

  @Transactional
  public long addDeliverable(long actionId, DeliverableDraft draft, OrgUnitScope scope) {
    get(actionId, scope);
    DeliverableDraft d = check(draft);
    long id = deliverables.insert(actionId, d, AuditLog.currentActor());
    audit.record("CREATED", "ta_deliverable", id, d.kind() + " " + d.title() + " " + d.status());
    return id;
  }

  @Transactional
  public void changeDeliverable(long id, int version, DeliverableDraft draft) {
    Deliverable before = deliverable(id);
    DeliverableDraft d = check(draft);
    deliverables.update(id, version, d, AuditLog.currentActor());
    audit.record(
        "UPDATED",
        "ta_deliverable",
        id,
        d.kind() + " " + d.title() + " " + before.status() + " → " + d.status());
  }

  private static DeliverableDraft check(DeliverableDraft d) {
    if (d.kind() == null) {
      throw new AssistanceInputException("kind", "assistance.error.deliverableKind");
    }
    String title = Typed.required(d.title(), 300, "title");
    if (d.status() == null) {
      throw new AssistanceInputException("status", "assistance.error.deliverableStatus");
    }
    if (d.statusDate() == null || d.statusDate().isAfter(LocalDate.now().plusDays(1))) {
      throw new AssistanceInputException("statusDate", "assistance.error.statusDate");
    }
    return new DeliverableDraft(d.kind(), title, d.status(), d.statusDate());
  }
}
