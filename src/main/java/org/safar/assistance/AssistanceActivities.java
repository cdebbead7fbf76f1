package org.safar.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.safar.audit.AuditLog;
import org.safar.orgunits.Countries;
import org.safar.orgunits.OrgUnitScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activities of actions and the experts deployed on them. An activity lies within its action's
 * dates; an expert is never deployed twice on the same day; a post-test needs a pre-test. Nothing
 * is half-saved: each change is one transaction with its audit entry.
 */
@Service
public class AssistanceActivities {

  private static final int MOST_PARTICIPANTS = 100_000;

  private final ActivityRepository activities;
  private final ExpertRepository experts;
  private final AssistanceActions actions;
  private final AssistanceAccess access;
  private final AuditLog audit;

  AssistanceActivities(
      ActivityRepository activities,
      ExpertRepository experts,
      AssistanceActions actions,
      AssistanceAccess access,
      AuditLog audit) {
    this.activities = activities;
    this.experts = experts;
    this.actions = actions;
    this.access = access;
    this.audit = audit;
  }

  /** An activity with its action and the experts deployed on it. */
  public record ActivityView(
      AssistanceActivity activity, AssistanceAction action, List<Deployment> deployments) {}

  @Transactional(readOnly = true)
  public List<AssistanceActivity> of(long actionId) {
    actions.get(actionId, access.scope());
    return activities.ofAction(actionId);
  }

  @Transactional(readOnly = true)
  public ActivityView get(long id) {
    return view(id, access.scope());
  }

  private ActivityView view(long id, OrgUnitScope scope) {
    AssistanceActivity activity =
        activities
            .findById(id)
            .orElseThrow(() -> new AssistanceRecordNotFoundException("activity", id));
    AssistanceAction action = actions.get(activity.actionId(), scope);
    return new ActivityView(activity, action, experts.deploymentsOn(id));
  }

  /** Activities in scope on any day of the month, by start date. */
  @Transactional(readOnly = true)
  public List<CalendarEntry> calendar(YearMonth month) {
    return between(month.atDay(1), month.atEndOfMonth());
  }

  /** Activities in scope on any day from {@code from} to {@code to}, by start date. */
  @Transactional(readOnly = true)
  public List<CalendarEntry> between(java.time.LocalDate from, java.time.LocalDate to) {
    return activities.between(access.scope().asArray(), from, to);
  }

  @Transactional
  public long record(long actionId, ActivityDraft draft) {
    return record(actionId, draft, access.scope());
  }

  @Transactional
  public long record(long actionId, ActivityDraft draft, OrgUnitScope scope) {
    AssistanceAction action = actions.get(actionId, scope);
    ActivityDraft d = check(draft, action);
    long id = activities.insert(actionId, d, AuditLog.currentActor());
    audit.record("CREATED", "ta_activity", id, describe(d));
    return id;
  }

  @Transactional
  public void change(long id, int version, ActivityDraft draft) {
    ActivityView before = view(id, access.scope());
    ActivityDraft d = check(draft, before.action());
    if (activities.deploymentsOutside(id, d.startDate(), d.endDate()) > 0) {
      throw new AssistanceInputException("startDate", "assistance.error.deploymentsOutside");
    }
    activities.update(id, version, d, AuditLog.currentActor());
    audit.record("UPDATED", "ta_activity", id, describe(d));
  }

  private static String describe(ActivityDraft d) {
    return d.kind() + " " + d.title() + " " + d.startDate() + "–" + d.endDate();
  }

  private static ActivityDraft check(ActivityDraft d, AssistanceAction action) {
    if (d.kind() == null) {
      throw new AssistanceInputException("kind", "assistance.error.kind");
    }
    String title = Typed.required(d.title(), 300, "title");
    if (d.startDate() == null) {
      throw new AssistanceInputException("startDate", "assistance.error.startDate");
    }
    LocalDate end = d.endDate() == null ? d.startDate() : d.endDate();
    if (end.isBefore(d.startDate())) {
      throw new AssistanceInputException("endDate", "assistance.error.endBeforeStart");
    }
    boolean outside =
        d.startDate().isBefore(action.startDate())
            || (action.endDate() != null && end.isAfter(action.endDate()));
    if (outside) {
      throw new AssistanceInputException(
          "startDate",
          "assistance.error.outsideAction",
          action.startDate().toString(),
          action.endDate() == null ? "…" : action.endDate().toString());
    }
    String host = d.hostCountry() == null || d.hostCountry().isBlank() ? null : d.hostCountry();
    if (host != null && !Countries.isKnown(host)) {
      throw new AssistanceInputException("hostCountry", "assistance.error.hostCountry");
    }
    if (host == null && d.kind().needsHostCountry()) {
      throw new AssistanceInputException("hostCountry", "assistance.error.hostCountryNeeded");
    }
    count(d.women(), "women");
    count(d.men(), "men");
    count(d.otherSex(), "otherSex");
    score(d.preTestScore(), "preTestScore");
    score(d.postTestScore(), "postTestScore");
    if (d.postTestScore() != null && d.preTestScore() == null) {
      throw new AssistanceInputException("preTestScore", "assistance.error.postWithoutPre");
    }
    return new ActivityDraft(
        d.kind(),
        title,
        d.startDate(),
        end,
        Typed.clean(d.place(), 200, "place"),
        host,
        d.women(),
        d.men(),
        d.otherSex(),
        d.preTestScore(),
        d.postTestScore(),
        Typed.clean(d.notes(), 4000, "notes"));
  }

  private static void count(Integer n, String field) {
    if (n != null && (n < 0 || n > MOST_PARTICIPANTS)) {
      throw new AssistanceInputException(field, "assistance.error.count");
    }
  }

  private static void score(BigDecimal s, String field) {
    if (s != null
        && (s.signum() < 0 || s.compareTo(BigDecimal.valueOf(100)) > 0 || s.scale() > 2)) {
      throw new AssistanceInputException(field, "assistance.error.score");
    }
  }

  @Transactional
  public long deploy(long activityId, DeploymentDraft draft) {
    return deploy(activityId, draft, access.scope());
  }

  /**
   * Deploys an expert on the activity for some or all of its days. The expert's row is locked
   * first, so two deployments saved at once cannot both pass the overlap check.
   */
  @Transactional
  public long deploy(long activityId, DeploymentDraft draft, OrgUnitScope scope) {
    AssistanceActivity activity = view(activityId, scope).activity();
    if (draft.expertId() == null) {
      throw new AssistanceInputException("expertId", "assistance.error.expert");
    }
    Expert expert =
        experts
            .findById(draft.expertId())
            .filter(e -> scope.contains(e.ownerOrgUnitId()))
            .orElseThrow(() -> new AssistanceInputException("expertId", "assistance.error.expert"));
    LocalDate start = draft.startDate() == null ? activity.startDate() : draft.startDate();
    LocalDate end = draft.endDate() == null ? activity.endDate() : draft.endDate();
    if (end.isBefore(start)) {
      throw new AssistanceInputException("endDate", "assistance.error.endBeforeStart");
    }
    if (start.isBefore(activity.startDate()) || end.isAfter(activity.endDate())) {
      throw new AssistanceInputException(
          "startDate",
          "assistance.error.outsideActivity",
          activity.startDate().toString(),
          activity.endDate().toString());
    }
    long days = ChronoUnit.DAYS.between(start, end) + 1;
    BigDecimal worked = draft.daysWorked() == null ? BigDecimal.valueOf(days) : draft.daysWorked();
    if (worked.signum() <= 0
        || worked.compareTo(BigDecimal.valueOf(days)) > 0
        || worked.remainder(new BigDecimal("0.5")).signum() != 0) {
      throw new AssistanceInputException("daysWorked", "assistance.error.daysWorked", days);
    }
    experts.lock(expert.id());
    var clash = experts.overlapping(expert.id(), start, end);
    if (clash.isPresent()) {
      Deployment other = clash.get();
      throw new AssistanceInputException(
          "expertId",
          "assistance.error.overlap",
          expert.fullName(),
          other.activityTitle(),
          other.startDate().toString(),
          other.endDate().toString());
    }
    long id =
        experts.insertDeployment(
            activityId,
            new DeploymentDraft(expert.id(), start, end, worked),
            AuditLog.currentActor());
    String details = expert.fullName() + " on " + activity.title() + " " + start + "–" + end;
    audit.record("DEPLOYED", "ta_activity", activityId, details);
    audit.record("DEPLOYED", "ta_expert", expert.id(), details);
    return id;
  }
}
