package org.safar.counselling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safar.audit.AuditLog;
import org.safar.shell.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Information and pre-departure sessions for groups, with their attendance. */
@Service
public class GroupSessions {

  private final GroupSessionRepository repository;
  private final ClientRepository clients;
  private final DeskAccess access;
  private final AuditLog audit;
  private final Clock clock;

  GroupSessions(
      GroupSessionRepository repository,
      ClientRepository clients,
      DeskAccess access,
      AuditLog audit,
      Clock clock) {
    this.repository = repository;
    this.clients = clients;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public long record(GroupSessionDraft draft) {
    GroupSessionDraft d = validate(draft);
    access.requireMrc(d.mrcId());
    long id = repository.insert(d, access.staffId(), AuditLog.currentActor());
    audit.record("CREATED", "group_session", id, d.kind() + " at " + d.place());
    return id;
  }

  /**
   * Corrects what was recorded (kind, date, place, topics, head counts, notes). The MRC stays; the
   * registered attendees are changed on the session's page.
   */
  @Transactional
  public void change(long id, int version, GroupSessionDraft draft) {
    GroupSession before = get(id);
    GroupSessionDraft d =
        validate(
            new GroupSessionDraft(
                before.mrcId(),
                draft.kind(),
                draft.heldOn(),
                draft.place(),
                draft.topics(),
                draft.notes(),
                draft.counts()));
    repository.update(id, version, d, AuditLog.currentActor());
    audit.record("UPDATED", "group_session", id, d.kind() + " at " + d.place());
  }

  @Transactional(readOnly = true)
  public GroupSession get(long id) {
    GroupSession g =
        repository
            .findById(id)
            .orElseThrow(() -> new CounsellingRecordNotFoundException("group session", id));
    access.require(g.mrcId(), "group_session", id);
    return g;
  }

  @Transactional(readOnly = true)
  public ResultPage<GroupSessionRow> search(Long mrcId, int page, int size) {
    Long[] scope = access.scope().asArray();
    return new ResultPage<>(
        repository.search(scope, mrcId, size, (long) page * size),
        page,
        size,
        repository.count(scope, mrcId));
  }

  /** Registered clients of the session's MRC who match the text, to add as attendees. */
  @Transactional(readOnly = true)
  public List<Client> candidates(GroupSession g, String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return clients.search(
        new Long[] {g.mrcId()}, new ClientFilter(text, null, null, SortOrder.NAME), 20, 0);
  }

  @Transactional
  public void addAttendee(long groupSessionId, long clientId) {
    GroupSession g = get(groupSessionId);
    Client c =
        clients
            .findById(clientId)
            .orElseThrow(() -> new CounsellingRecordNotFoundException("client", clientId));
    if (c.mrcId() != g.mrcId()) {
      throw new InvalidCounsellingInputException("clientId", "group.error.otherMrc");
    }
    if (repository.addAttendee(groupSessionId, clientId)) {
      audit.record("ATTENDEE_ADDED", "group_session", groupSessionId, "client " + clientId);
    }
  }

  @Transactional
  public void removeAttendee(long groupSessionId, long clientId) {
    get(groupSessionId);
    repository.removeAttendee(groupSessionId, clientId);
    audit.record("ATTENDEE_REMOVED", "group_session", groupSessionId, "client " + clientId);
  }

  private GroupSessionDraft validate(GroupSessionDraft d) {
    if (d.kind() == null) {
      throw new InvalidCounsellingInputException("kind", "group.error.kind");
    }
    if (d.heldOn() == null || d.heldOn().isAfter(LocalDate.now(clock))) {
      throw new InvalidCounsellingInputException("heldOn", "session.error.heldOn");
    }
    String place = Text.clean(d.place(), 200, "place");
    if (place == null) {
      throw new InvalidCounsellingInputException("place", "group.error.place");
    }
    if (d.topics() == null || d.topics().isEmpty()) {
      throw new InvalidCounsellingInputException("topics", "session.error.topics");
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Sex sex : Sex.values()) {
      for (AgeBand band : AgeBand.values()) {
        String cell = sex.name() + "/" + band.name();
        Integer n = d.counts() == null ? null : d.counts().get(cell);
        if (n == null || n == 0) {
          continue;
        }
        if (n < 0 || n > 100_000) {
          throw new InvalidCounsellingInputException("counts", "group.error.count");
        }
        counts.put(cell, n);
      }
    }
    return new GroupSessionDraft(
        d.mrcId(),
        d.kind(),
        d.heldOn(),
        place,
        EnumSet.copyOf(d.topics()),
        Text.clean(d.notes(), 5000, "notes"),
        counts);
  }
}
