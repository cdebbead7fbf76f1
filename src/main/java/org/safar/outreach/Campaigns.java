package org.safar.outreach;

import java.util.EnumSet;
import java.util.List;
import org.safar.audit.AuditLog;
import org.safar.orgunits.OrgUnitScope;
import org.safar.portfolio.Portfolio;
import org.safar.shell.ResultPage;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Awareness campaigns: the module's public face for them. */
@Service
public class Campaigns {

  private final CampaignRepository repository;
  private final OutreachAccess access;
  private final Portfolio portfolio;
  private final AuditLog audit;

  Campaigns(
      CampaignRepository repository, OutreachAccess access, Portfolio portfolio, AuditLog audit) {
    this.repository = repository;
    this.access = access;
    this.portfolio = portfolio;
    this.audit = audit;
  }

  @Transactional
  public long record(CampaignDraft draft) {
    return record(draft, access.scope());
  }

  /** Records a campaign of a unit in {@code scope} (the demo loads with the whole network). */
  @Transactional
  public long record(CampaignDraft draft, OrgUnitScope scope) {
    CampaignDraft d = validate(draft, scope);
    long id = repository.insert(d, AuditLog.currentActor());
    audit.record("CREATED", "outreach_campaign", id, d.title());
    return id;
  }

  /** Corrects a campaign; its events follow it to a new project or unit. */
  @Transactional
  public void change(long id, int version, CampaignDraft draft) {
    get(id);
    CampaignDraft d = validate(draft, access.scope());
    repository.update(id, version, d, AuditLog.currentActor());
    audit.record("UPDATED", "outreach_campaign", id, d.title());
  }

  /** Deletes a campaign that has no events left (its events are deleted or moved first). */
  @Transactional
  public void delete(long id, int version) {
    Campaign c = get(id);
    if (repository.events(id) > 0) {
      throw new InvalidOutreachInputException("campaign", "outreach.error.campaignHasEvents");
    }
    if (!repository.delete(id, version)) {
      throw new OptimisticLockingFailureException("Campaign " + id + " changed meanwhile");
    }
    audit.record("DELETED", "outreach_campaign", id, c.title());
  }

  @Transactional(readOnly = true)
  public Campaign get(long id) {
    Campaign c =
        repository
            .findById(id)
            .orElseThrow(() -> new OutreachRecordNotFoundException("campaign", id));
    access.require(c.orgUnitId(), "outreach_campaign", id);
    return c;
  }

  @Transactional(readOnly = true)
  public ResultPage<CampaignRow> search(OutreachFilter f, int page, int size) {
    Sql where = where(f);
    return new ResultPage<>(
        repository.search(where, size, (long) page * size), page, size, repository.count(where));
  }

  /** The campaigns an event may belong to: those of the units in scope. */
  @Transactional(readOnly = true)
  public List<Campaign> choices() {
    return repository.ofUnits(access.scope().asArray());
  }

  /** How many the reader may see under these portfolio entries (for the project page). */
  @Transactional(readOnly = true)
  public long countUnder(java.util.Set<Long> projectIds) {
    return repository.count(
        Sql.of(
            access.scope().asArray(),
            OutreachFilter.NONE,
            projectIds.toArray(Long[]::new),
            "c",
            "starts_on"));
  }

  Sql where(OutreachFilter f) {
    Long[] projects =
        f.projectId() == null
            ? null
            : portfolio.withEntriesBeneath(f.projectId()).toArray(Long[]::new);
    return Sql.of(
        access.scope().asArray(),
        f,
        projects,
        "c",
        "starts_on",
        "c.title",
        "c.objective",
        "c.materials");
  }

  private CampaignDraft validate(CampaignDraft d, OrgUnitScope scope) {
    access.requireUnitAndProject(d.orgUnitId(), d.projectId(), scope);
    String title = Cleaning.required(d.title(), 200, "title", "outreach.error.title");
    if (d.startsOn() == null) {
      throw new InvalidOutreachInputException("startsOn", "outreach.error.startsOn");
    }
    if (d.endsOn() != null && d.endsOn().isBefore(d.startsOn())) {
      throw new InvalidOutreachInputException("endsOn", "outreach.error.endsOn");
    }
    return new CampaignDraft(
        d.projectId(),
        d.orgUnitId(),
        title,
        Cleaning.text(d.objective(), 2000, "objective"),
        d.audiences() == null || d.audiences().isEmpty()
            ? EnumSet.noneOf(Audience.class)
            : EnumSet.copyOf(d.audiences()),
        d.channels() == null || d.channels().isEmpty()
            ? EnumSet.noneOf(CampaignChannel.class)
            : EnumSet.copyOf(d.channels()),
        d.startsOn(),
        d.endsOn(),
        Cleaning.text(d.materials(), 2000, "materials"));
  }
}
