package org.safar.counselling;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.safar.audit.AuditLog;
import org.safar.orgunits.Countries;
import org.safar.shell.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Client records: registration with a duplicate warning, changes, search within scope. */
@Service
public class Clients {

  /** What the search box looks in; a trigram index covers exactly this expression. */
  static final String SEARCH_TEXT =
      "lower(coalesce(c.full_name, '') || ' ' || coalesce(c.pseudonym, '') || ' '"
          + " || coalesce(c.phone, '') || ' ' || coalesce(c.district, ''))";

  private final ClientRepository repository;
  private final DeskAccess access;
  private final AuditLog audit;

  private final org.springframework.context.ApplicationEventPublisher events;

  Clients(
      ClientRepository repository,
      DeskAccess access,
      AuditLog audit,
      org.springframework.context.ApplicationEventPublisher events) {
    this.events = events;
    this.repository = repository;
    this.access = access;
    this.audit = audit;
  }

  /** Likely duplicates of a new client among the records the counsellor may see. */
  @Transactional(readOnly = true)
  public List<Client> likelyDuplicates(ClientDraft draft) {
    ClientDraft clean = validate(draft);
    return repository.likelyDuplicates(
        access.scope().asArray(),
        phoneDigits(clean.phone()),
        clean.fullName() != null ? clean.fullName() : clean.pseudonym(),
        clean.birthYear());
  }

  @Transactional
  public Client register(ClientDraft draft) {
    ClientDraft clean = validate(draft);
    access.requireMrc(clean.mrcId());
    long id = repository.insert(clean, AuditLog.currentActor());
    audit.record("CREATED", "client", id, null);
    return repository.findById(id).orElseThrow();
  }

  /**
   * Erases the client's identifying data at once, on request: name, phone, district and birth year,
   * session notes, inquiry contacts and texts, follow-up notes, and copies other modules hold. The
   * reason is audited; it must not itself identify the person.
   */
  @Transactional
  public void erase(long id, int version, String reason) {
    Client client =
        repository
            .findById(id)
            .orElseThrow(() -> new CounsellingRecordNotFoundException("client", id));
    access.require(client.mrcId(), "client", id);
    if (client.mergedInto() != null) {
      throw new InvalidCounsellingInputException("reason", "client.error.mergedAlready");
    }
    String why = Text.clean(reason, 500, "reason");
    if (why == null) {
      throw new InvalidCounsellingInputException("reason", "client.erase.reasonMissing");
    }
    repository.erase(id, version, AuditLog.currentActor());
    events.publishEvent(new ClientErased(id));
    audit.record("ERASED", "client", id, why);
  }

  /** Display names of those of these clients the signed-in person may see, for lists. */
  @Transactional(readOnly = true)
  public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return java.util.Map.of();
    }
    return repository.displayNames(access.scope().asArray(), ids.toArray(Long[]::new));
  }

  /**
   * Whether the client is a protected case the signed-in person is not on, for other modules that
   * hold copies of what identifies the person (a referral's shared fields). Looking is itself a
   * read of a protected record and is audited as one.
   */
  @Transactional(readOnly = true)
  public boolean confidential(long id) {
    return repository.findById(id).map(Client::confidential).orElse(false);
  }

  /** A client the signed-in person may see; every look is recorded. */
  @Transactional
  public Client get(long id) {
    Client client =
        repository
            .findById(id)
            .orElseThrow(() -> new CounsellingRecordNotFoundException("client", id));
    access.require(client.mrcId(), "client", id);
    audit.record("VIEWED", "client", id, null);
    return client;
  }

  /**
   * A client to change or to record work for: like {@link #get}, but a protected case is refused
   * (403, audited) to anyone outside its team, who would only see "Confidential" anyway.
   */
  @Transactional
  public Client forChange(long id) {
    Client client = get(id);
    access.requireCaseTeam(client.confidential(), "client", id);
    return client;
  }

  @Transactional
  public Client update(long id, int version, ClientDraft draft) {
    Client existing =
        repository
            .findById(id)
            .orElseThrow(() -> new CounsellingRecordNotFoundException("client", id));
    access.require(existing.mrcId(), "client", id);
    access.requireCaseTeam(existing.confidential(), "client", id);
    if (existing.mergedInto() != null) {
      throw new InvalidCounsellingInputException("fullName", "client.error.mergedAlready");
    }
    ClientDraft clean = validate(withMrc(draft, existing.mrcId()));
    repository.update(id, version, clean, AuditLog.currentActor());
    audit.record("UPDATED", "client", id, null);
    return repository.findById(id).orElseThrow();
  }

  /**
   * Merges a duplicate into the record kept: both must be in scope and neither merged already.
   * Audited on both records.
   */
  @Transactional
  public Client merge(long duplicateId, int duplicateVersion, long keptId) {
    if (duplicateId == keptId) {
      throw new InvalidCounsellingInputException("keptId", "client.error.mergeSelf");
    }
    Client duplicate =
        repository
            .findById(duplicateId)
            .orElseThrow(() -> new CounsellingRecordNotFoundException("client", duplicateId));
    Client kept =
        repository
            .findById(keptId)
            .orElseThrow(() -> new CounsellingRecordNotFoundException("client", keptId));
    access.require(duplicate.mrcId(), "client", duplicateId);
    access.require(kept.mrcId(), "client", keptId);
    access.requireCaseTeam(duplicate.confidential(), "client", duplicateId);
    access.requireCaseTeam(kept.confidential(), "client", keptId);
    if (kept.mergedInto() != null) {
      throw new InvalidCounsellingInputException("keptId", "client.error.mergedAlready");
    }
    repository.merge(duplicateId, duplicateVersion, keptId, AuditLog.currentActor());
    audit.record("MERGED", "client", duplicateId, "into client " + keptId);
    audit.record("MERGED", "client", keptId, "took over client " + duplicateId);
    return repository.findById(keptId).orElseThrow();
  }

  @Transactional(readOnly = true)
  public ResultPage<Client> search(ClientFilter filter, int page, int size) {
    Long[] scope = access.scope().asArray();
    long total = repository.count(scope, filter);
    List<Client> rows = repository.search(scope, filter, size, (long) page * size);
    return ResultPage.counted(rows, page, size, total);
  }

  /** The digits of a phone number, for matching "+880 1711-000000" with "01711000000". */
  static String phoneDigits(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("\\D", "");
    if (digits.length() < 6) {
      return null;
    }
    return digits.length() > 9 ? digits.substring(digits.length() - 9) : digits;
  }

  private static ClientDraft withMrc(ClientDraft d, long mrcId) {
    return new ClientDraft(
        mrcId,
        d.fullName(),
        d.pseudonym(),
        d.sex(),
        d.birthYear(),
        d.ageBand(),
        d.phone(),
        d.district(),
        d.migrantStatus(),
        d.destinationCountry(),
        d.languages(),
        d.consentStore(),
        d.consentContact(),
        d.consentGivenOn(),
        d.consentMethod());
  }

  private static ClientDraft validate(ClientDraft d) {
    String fullName = Text.clean(d.fullName(), 200, "fullName");
    String pseudonym = Text.clean(d.pseudonym(), 200, "pseudonym");
    if (fullName == null && pseudonym == null) {
      throw new InvalidCounsellingInputException("fullName", "client.error.name");
    }
    int thisYear = LocalDate.now().getYear();
    if (d.birthYear() != null && (d.birthYear() < thisYear - 110 || d.birthYear() > thisYear)) {
      throw new InvalidCounsellingInputException("birthYear", "client.error.birthYear");
    }
    if (d.migrantStatus() == null) {
      throw new InvalidCounsellingInputException("migrantStatus", "client.error.migrantStatus");
    }
    String phone = Text.clean(d.phone(), 40, "phone");
    if (phone != null && !phone.matches("[+0-9 ()./-]{4,40}")) {
      throw new InvalidCounsellingInputException("phone", "client.error.phone");
    }
    String destination = Text.clean(d.destinationCountry(), 2, "destinationCountry");
    if (destination != null) {
      destination = destination.toUpperCase(Locale.ROOT);
      if (!Countries.isKnown(destination)) {
        throw new InvalidCounsellingInputException("destinationCountry", "client.error.country");
      }
    }
    boolean consented = d.consentStore() || d.consentContact();
    LocalDate consentOn = d.consentGivenOn();
    if (consented && (consentOn == null || d.consentMethod() == null)) {
      throw new InvalidCounsellingInputException("consentGivenOn", "client.error.consentDetails");
    }
    if (consentOn != null && consentOn.isAfter(LocalDate.now())) {
      throw new InvalidCounsellingInputException("consentGivenOn", "client.error.consentFuture");
    }
    return new ClientDraft(
        d.mrcId(),
        fullName,
        pseudonym,
        d.sex() == null ? Sex.UNKNOWN : d.sex(),
        d.birthYear(),
        d.birthYear() == null ? d.ageBand() : null,
        phone,
        Text.clean(d.district(), 120, "district"),
        d.migrantStatus(),
        destination,
        d.languages() == null
            ? List.of()
            : d.languages().stream()
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList(),
        d.consentStore(),
        d.consentContact(),
        consented ? consentOn : null,
        consented ? d.consentMethod() : null);
  }
}
