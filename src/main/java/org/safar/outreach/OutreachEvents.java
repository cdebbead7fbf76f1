package org.safar.outreach;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.safar.audit.AuditLog;
import org.safar.orgunits.OrgUnitScope;
import org.safar.portfolio.Portfolio;
import org.safar.shell.ResultPage;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Outreach events with their attendance and reach: the module's public face for them. */
@Service
public class OutreachEvents {

  /** The most people one cell of the attendance grid may hold. */
  static final int MAX_CELL = 1_000_000;

  /** The most contacts one event may reach (a national broadcast reaches millions). */
  static final long MAX_REACH = 10_000_000_000L;

  private final EventRepository repository;
  private final CampaignRepository campaigns;
  private final OutreachAccess access;
  private final Portfolio portfolio;
  private final AuditLog audit;
  private final Clock clock;

  OutreachEvents(
      EventRepository repository,
      CampaignRepository campaigns,
      OutreachAccess access,
      Portfolio portfolio,
      AuditLog audit,
      Clock clock) {
    this.repository = repository;
    this.campaigns = campaigns;
    this.access = access;
    this.portfolio = portfolio;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public long record(EventDraft draft) {
    return record(draft, access.scope());
  }

  /** Records an event of a unit in {@code scope} (the demo loads with the whole network). */
  @Transactional
  public long record(EventDraft draft, OrgUnitScope scope) {
    EventDraft d = validate(draft, scope);
    long id = repository.insert(d, AuditLog.currentActor());
    audit.record("CREATED", "outreach_event", id, describe(d));
    return id;
  }

  @Transactional
  public void change(long id, int version, EventDraft draft) {
    get(id);
    EventDraft d = validate(draft, access.scope());
    repository.update(id, version, d, AuditLog.currentActor());
    audit.record("UPDATED", "outreach_event", id, describe(d));
  }

  @Transactional
  public void delete(long id, int version) {
    OutreachEvent e = get(id);
    if (!repository.delete(id, version)) {
      throw new OptimisticLockingFailureException("Event " + id + " changed meanwhile");
    }
    audit.record("DELETED", "outreach_event", id, e.kind() + " at " + e.place() + " " + e.heldOn());
  }

  @Transactional(readOnly = true)
  public OutreachEvent get(long id) {
    OutreachEvent e =
        repository.findById(id).orElseThrow(() -> new OutreachRecordNotFoundException("event", id));
    access.require(e.orgUnitId(), "outreach_event", id);
    return e;
  }

  @Transactional(readOnly = true)
  public ResultPage<EventRow> search(OutreachFilter f, int page, int size) {
    Sql where = where(f);
    return new ResultPage<>(
        repository.search(where, size, (long) page * size), page, size, repository.count(where));
  }

  /** Persons and reach of the events that match, as two figures. */
  @Transactional(readOnly = true)
  public Totals totals(OutreachFilter f) {
    long[] t = repository.totals(where(f));
    return new Totals(t[0], t[1]);
  }

  /** How many the reader may see under these portfolio entries (for the project page). */
  @Transactional(readOnly = true)
  public long countUnder(java.util.Set<Long> projectIds) {
    return repository.count(
        Sql.of(
            access.scope().asArray(),
            OutreachFilter.NONE,
            projectIds.toArray(Long[]::new),
            "e",
            "held_on"));
  }

  Sql where(OutreachFilter f) {
    Long[] projects =
        f.projectId() == null
            ? null
            : portfolio.withEntriesBeneath(f.projectId()).toArray(Long[]::new);
    return Sql.of(access.scope().asArray(), f, projects, "e", "held_on", "e.place", "e.notes");
  }

  private EventDraft validate(EventDraft d, OrgUnitScope scope) {
    Long project = d.projectId();
    Long unit = d.orgUnitId();
    if (d.campaignId() != null) {
      Campaign c =
          campaigns
              .findById(d.campaignId())
              .filter(found -> scope.contains(found.orgUnitId()))
              .orElseThrow(
                  () -> new InvalidOutreachInputException("campaignId", "outreach.error.campaign"));
      project = c.projectId();
      unit = c.orgUnitId();
    }
    access.requireUnitAndProject(unit, project, scope);
    if (d.kind() == null) {
      throw new InvalidOutreachInputException("kind", "outreach.error.kind");
    }
    if (d.heldOn() == null || d.heldOn().isAfter(LocalDate.now(clock))) {
      throw new InvalidOutreachInputException("heldOn", "outreach.error.heldOn");
    }
    String place = Cleaning.required(d.place(), 200, "place", "outreach.error.place");
    long reach = d.reach() == null ? 0 : d.reach();
    if (reach < 0 || reach > MAX_REACH) {
      throw new InvalidOutreachInputException("reach", "outreach.error.reach");
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Sex sex : Sex.values()) {
      for (AgeBand band : AgeBand.values()) {
        String cell = sex.name() + "/" + band.name();
        Integer n = d.counts() == null ? null : d.counts().get(cell);
        if (n == null || n == 0) {
          continue;
        }
        if (n < 0 || n > MAX_CELL) {
          throw new InvalidOutreachInputException("counts", "outreach.error.count");
        }
        counts.put(cell, n);
      }
    }
    if (d.counts() != null && !counts.keySet().containsAll(nonZeroKeys(d.counts()))) {
      throw new InvalidOutreachInputException("counts", "outreach.error.count");
    }
    return new EventDraft(
        d.campaignId(),
        project,
        unit,
        d.kind(),
        d.heldOn(),
        place,
        reach,
        Cleaning.text(d.notes(), 5000, "notes"),
        counts);
  }

  /** Cells a caller sent that are not sex × age band cells at all are refused, not dropped. */
  private static java.util.Set<String> nonZeroKeys(Map<String, Integer> counts) {
    java.util.Set<String> keys = new java.util.HashSet<>();
    counts.forEach(
        (k, v) -> {
          if (v != null && v != 0) {
            keys.add(k);
          }
        });
    return keys;
  }

  private static String describe(EventDraft d) {
    int people = d.counts().values().stream().mapToInt(Integer::intValue).sum();
    return d.kind()
        + " at "
        + d.place()
        + " "
        + d.heldOn()
        + "; "
        + people
        + " people, reach "
        + d.reach();
  }
}
