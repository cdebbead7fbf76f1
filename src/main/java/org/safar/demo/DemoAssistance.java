package org.safar.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safar.assistance.ActionDraft;
import org.safar.assistance.ActionStatus;
import org.safar.assistance.ActionTheme;
import org.safar.assistance.ActivityDraft;
import org.safar.assistance.ActivityKind;
import org.safar.assistance.AssistanceActions;
import org.safar.assistance.AssistanceActivities;
import org.safar.assistance.DeliverableDraft;
import org.safar.assistance.DeliverableKind;
import org.safar.assistance.DeliverableStatus;
import org.safar.assistance.DeploymentDraft;
import org.safar.assistance.EmployerKind;
import org.safar.assistance.ExpertDraft;
import org.safar.assistance.ExpertRoster;
import org.safar.orgunits.OrgUnitScope;
import org.safar.portfolio.Portfolio;
import org.safar.portfolio.PortfolioLevel;
import org.safar.portfolio.Programme;
import org.safar.portfolio.ProgrammeStatus;

/**
 * The technical-assistance actions of the MIEUX list (Asia), as facts: country, theme, duration,
 * the activities named with their month and place, deliverables, and where the experts came from.
 * Titles are in our own words. Activities whose month the list does not give are left out, and an
 * activity's exact days are made up within its month. The experts are invented people standing for
 * the administrations the list names; where it names no country (private consultants, academia),
 * the country is made up too.
 */
final class DemoAssistance {

  private DemoAssistance() {}

  record Exp(String code, String name, String employer, EmployerKind kind, String nationality) {}

  record Act(
      ActivityKind kind,
      YearMonth month,
      int day,
      String title,
      String place,
      String host,
      Integer officials) {}

  record Del(DeliverableKind kind, String title, DeliverableStatus status, YearMonth month) {}

  record Action(
      String title,
      List<String> countries,
      String institution,
      ActionTheme theme,
      YearMonth start,
      YearMonth end,
      List<String> experts,
      List<Act> activities,
      List<Del> deliverables) {}

  private static Act act(ActivityKind k, int year, int month, int day, String title, String place) {
    return new Act(k, YearMonth.of(year, month), day, title, place, null, null);
  }

  private static Act visit(
      int year, int month, int day, String title, String host, Integer officials) {
    return new Act(
        ActivityKind.STUDY_VISIT, YearMonth.of(year, month), day, title, null, host, officials);
  }

  private static Del del(DeliverableKind k, String t, DeliverableStatus s, int year, int month) {
    return new Del(k, t, s, YearMonth.of(year, month));
  }

  static void load(
      Portfolio portfolio,
      AssistanceActions actions,
      AssistanceActivities activities,
      ExpertRoster roster,
      OrgUnitScope scope,
      long owner) {
    Programme mieux = portfolio.findByCode("MIEUX").orElseThrow();
    Programme project =
        portfolio.record(
            new Programme(
                null,
                mieux.id(),
                PortfolioLevel.PROJECT,
                "MIEUX-ASIA",
                "MIEUX actions in Asia and the South Caucasus",
                "Peer-to-peer technical assistance on request of governments in Asia and the South"
                    + " Caucasus, 2009 onwards.",
                mieux.donors(),
                mieux.implementers(),
                List.of(),
                List.of(
                    "AZ", "KH", "IN", "KZ", "KG", "LA", "MY", "MM", "PH", "TH", "TJ", "UZ", "ID",
                    "VN"),
                LocalDate.of(2009, 10, 1),
                null,
                null,
                null,
                ProgrammeStatus.RUNNING,
                owner,
                0));
    Map<String, Set<ActionTheme>> expertise = new LinkedHashMap<>();
    for (Action a : DemoAssistanceActions.ACTIONS) {
      for (String e : a.experts()) {
        expertise.computeIfAbsent(e, x -> EnumSet.noneOf(ActionTheme.class)).add(a.theme());
      }
    }
    Map<String, Long> expertIds = new LinkedHashMap<>();
    for (Exp e : DemoAssistanceActions.EXPERTS) {
      expertIds.put(
          e.code(),
          roster.add(
              new ExpertDraft(
                  owner,
                  e.name(),
                  e.employer(),
                  e.kind(),
                  e.nationality(),
                  expertise.getOrDefault(e.code(), EnumSet.noneOf(ActionTheme.class)),
                  List.of("en"),
                  null),
              scope));
    }
    Map<Long, List<LocalDate[]>> busy = new LinkedHashMap<>();
    for (Action a : DemoAssistanceActions.ACTIONS) {
      LocalDate end = a.end() == null ? null : a.end().atEndOfMonth();
      long actionId =
          actions.record(
              new ActionDraft(
                  project.id(),
                  owner,
                  a.title(),
                  a.countries(),
                  a.institution(),
                  a.theme(),
                  a.start().atDay(1),
                  end == null ? ActionStatus.IMPLEMENTATION : ActionStatus.COMPLETED,
                  a.start().atDay(1),
                  end,
                  null),
              scope);
      List<Long> activityIds = new ArrayList<>();
      List<LocalDate[]> days = new ArrayList<>();
      for (Act v : a.activities()) {
        LocalDate from = v.month().atDay(v.day());
        LocalDate to = from.plusDays(length(v.kind()) - 1);
        if (to.getMonth() != from.getMonth() || (end != null && to.isAfter(end))) {
          to = from;
        }
        activityIds.add(
            activities.record(
                actionId,
                new ActivityDraft(
                    v.kind(),
                    v.title(),
                    from,
                    to,
                    v.place(),
                    v.host(),
                    null,
                    null,
                    v.officials(),
                    null,
                    null,
                    null),
                scope));
        days.add(new LocalDate[] {from, to});
      }
      deploy(a, activityIds, days, expertIds, busy, activities, scope);
      for (Del d : a.deliverables()) {
        actions.addDeliverable(
            actionId,
            new DeliverableDraft(d.kind(), d.title(), d.status(), d.month().atDay(1)),
            scope);
      }
    }
  }

  /**
   * Spreads the action's experts over its activities (each activity gets one or two, each expert at
   * least one), skipping a day an expert is already busy elsewhere.
   */
  private static void deploy(
      Action a,
      List<Long> activityIds,
      List<LocalDate[]> days,
      Map<String, Long> expertIds,
      Map<Long, List<LocalDate[]>> busy,
      AssistanceActivities activities,
      OrgUnitScope scope) {
    int n = a.experts().size();
    int m = activityIds.size();
    if (n == 0 || m == 0) {
      return;
    }
    // a study visit is hosted by the administration of the host country, where one is on the action
    for (int i = 0; i < m; i++) {
      String host = a.activities().get(i).host();
      for (String code : a.experts()) {
        if (host != null && host.equals(NATIONALITIES.get(code))) {
          deployIfFree(
              expertIds.get(code), activityIds.get(i), days.get(i), busy, activities, scope);
        }
      }
    }
    for (int i = 0; i < Math.max(n, m); i++) {
      for (int k = 0; k < (n > 1 ? 2 : 1); k++) {
        long expert = expertIds.get(a.experts().get((i + k) % n));
        int activity = i % m;
        deployIfFree(
            expert, activityIds.get(activity), days.get(activity), busy, activities, scope);
      }
    }
  }

  private static final Map<String, String> NATIONALITIES = new LinkedHashMap<>();

  static {
    DemoAssistanceActions.EXPERTS.forEach(e -> NATIONALITIES.put(e.code(), e.nationality()));
  }

  private static void deployIfFree(
      long expert,
      long activity,
      LocalDate[] d,
      Map<Long, List<LocalDate[]>> busy,
      AssistanceActivities activities,
      OrgUnitScope scope) {
    List<LocalDate[]> taken = busy.computeIfAbsent(expert, x -> new ArrayList<>());
    boolean clash = taken.stream().anyMatch(t -> !t[0].isAfter(d[1]) && !t[1].isBefore(d[0]));
    if (!clash) {
      activities.deploy(activity, new DeploymentDraft(expert, d[0], d[1], null), scope);
      taken.add(d);
    }
  }

  private static int length(ActivityKind kind) {
    return switch (kind) {
      case FACT_FINDING_MISSION, SCOPING_MISSION, ASSESSMENT_MISSION, EXPERT_MISSION -> 4;
      case STUDY_VISIT -> 5;
      case TRAINING, TRAINING_OF_TRAINERS, DRAFTING_SUPPORT -> 3;
      case WORKSHOP, INFORMATION_SESSION, CONFERENCE -> 2;
      case ROUNDTABLE, SEMINAR -> 1;
    };
  }

  static Act a(ActivityKind k, int year, int month, int day, String title, String place) {
    return act(k, year, month, day, title, place);
  }

  static Act v(int year, int month, int day, String title, String host, Integer officials) {
    return visit(year, month, day, title, host, officials);
  }

  static Del d(DeliverableKind k, String t, DeliverableStatus s, int year, int month) {
    return del(k, t, s, year, month);
  }
}
