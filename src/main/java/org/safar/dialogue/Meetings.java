package org.safar.dialogue;

import java.io.Writer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.safar.audit.AuditLog;
import org.safar.orgunits.Countries;
import org.safar.orgunits.OrgUnitScope;
import org.safar.shell.ResultPage;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Dialogue meetings with their participants: the module's public face for them. */
@Service
public class Meetings {

  private final MeetingRepository repository;
  private final DialogueAccess access;
  private final AuditLog audit;
  private final Clock clock;
  private final JdbcClient cursor;

  Meetings(
      MeetingRepository repository,
      DialogueAccess access,
      AuditLog audit,
      Clock clock,
      JdbcTemplate jdbc) {
    this.repository = repository;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
    JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
    streaming.setFetchSize(2000);
    this.cursor = JdbcClient.create(streaming);
  }

  @Transactional
  public long record(MeetingDraft draft) {
    return record(draft, access.scope());
  }

  @Transactional
  public long record(MeetingDraft draft, OrgUnitScope scope) {
    MeetingDraft d = validate(draft, scope);
    List<Participation> people = participants(draft);
    long id = repository.insert(d, people, AuditLog.currentActor());
    audit.record("CREATED", "dialogue_meeting", id, describe(d, people));
    return id;
  }

  @Transactional
  public void change(long id, int version, MeetingDraft draft) {
    get(id);
    MeetingDraft d = validate(draft, access.scope());
    List<Participation> people = participants(draft);
    repository.update(id, version, d, people, AuditLog.currentActor());
    audit.record("UPDATED", "dialogue_meeting", id, describe(d, people));
  }

  @Transactional
  public void delete(long id, int version) {
    Meeting m = get(id);
    if (!repository.delete(id, version)) {
      throw new OptimisticLockingFailureException("Meeting " + id + " changed meanwhile");
    }
    audit.record("DELETED", "dialogue_meeting", id, m.title());
  }

  @Transactional(readOnly = true)
  public Meeting get(long id) {
    Meeting m =
        repository
            .findById(id)
            .orElseThrow(() -> new DialogueRecordNotFoundException("meeting", id));
    access.require(m.orgUnitId(), "dialogue_meeting", id);
    return m;
  }

  @Transactional(readOnly = true)
  public ResultPage<MeetingRow> search(DialogueFilter f, int page, int size) {
    Where w = where(f, access.projects(f.projectId()));
    return new ResultPage<>(
        repository.search(w, size, (long) page * size), page, size, repository.count(w));
  }

  @Transactional(readOnly = true)
  public long countUnder(Set<Long> projectIds) {
    return repository.count(where(DialogueFilter.NONE, access.projects(projectIds)));
  }

  /** One row per meeting, country and organisation type, so a spreadsheet can pivot them. */
  @Transactional(readOnly = true)
  public long export(DialogueFilter f, Writer out) {
    Where w = where(f, access.projects(f.projectId()));
    var sql =
        w.bind(
            cursor.sql(
                "select t.id, t.held_on, t.kind, t.title, t.place, p.code, u.code,"
                    + " x.country_code, x.organisation_type, x.people from dialogue_meeting t"
                    + " join programme p on p.id = t.project_id"
                    + " join org_unit u on u.id = t.org_unit_id"
                    + " left join dialogue_participation x on x.meeting_id = t.id"
                    + w.sql()
                    + " order by t.held_on desc, t.id desc, x.country_code, x.organisation_type"));
    return access.csv(
        "dialogue_meeting",
        f.describe(),
        List.of(
            "id",
            "held_on",
            "kind",
            "title",
            "place",
            "project",
            "org_unit",
            "country",
            "organisation_type",
            "participants"),
        sql,
        out);
  }

  private Where where(DialogueFilter f, Long[] projects) {
    return new Where(access.scope().asArray(), f, projects, "held_on", "title", "place", "notes");
  }

  private MeetingDraft validate(MeetingDraft d, OrgUnitScope scope) {
    access.requireUnitAndProject(d.orgUnitId(), d.projectId(), scope);
    if (d.kind() == null) {
      throw new InvalidDialogueInputException("kind", "dialogue.error.kind");
    }
    String title = DialogueAccess.text(d.title(), 300, "title");
    if (title == null) {
      throw new InvalidDialogueInputException("title", "dialogue.error.title");
    }
    if (d.heldOn() == null || d.heldOn().isAfter(LocalDate.now(clock))) {
      throw new InvalidDialogueInputException("heldOn", "dialogue.error.heldOn");
    }
    return new MeetingDraft(
        d.projectId(),
        d.orgUnitId(),
        d.kind(),
        title,
        d.heldOn(),
        DialogueAccess.text(d.place(), 200, "place"),
        DialogueAccess.text(d.notes(), 5000, "notes"),
        d.participants());
  }

  /**
   * The typed lines as participation: blank lines are left out; a line with a count but no known
   * country or type, a count below one, or a country and type twice is refused.
   */
  private static List<Participation> participants(MeetingDraft d) {
    List<Participation> people = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    if (d.participants() == null) {
      return people;
    }
    for (MeetingDraft.ParticipationLine line : d.participants()) {
      String country =
          line.countryCode() == null || line.countryCode().isBlank()
              ? null
              : line.countryCode().strip().toUpperCase(Locale.ROOT);
      if (country == null && line.type() == null && line.people() == null) {
        continue;
      }
      if (country == null || !Countries.isKnown(country) || line.type() == null) {
        throw new InvalidDialogueInputException("participants", "dialogue.error.line");
      }
      if (line.people() == null || line.people() < 1 || line.people() > 100_000) {
        throw new InvalidDialogueInputException("participants", "dialogue.error.people");
      }
      if (!seen.add(country + "/" + line.type())) {
        throw new InvalidDialogueInputException("participants", "dialogue.error.twice");
      }
      people.add(new Participation(country, line.type(), line.people()));
    }
    return people;
  }

  private static String describe(MeetingDraft d, List<Participation> people) {
    return d.kind()
        + " "
        + d.title()
        + " "
        + d.heldOn()
        + "; "
        + people.stream().mapToInt(Participation::people).sum()
        + " participants";
  }
}
