package org.safar.agencies;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.safar.audit.AuditLog;
import org.safar.orgunits.Countries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Importing an official list: upload (kept server-side), preview (every row checked, compared with
 * the registry), confirm (applied whole in one transaction, or not at all).
 */
@Service
public class AgencyImports {

  static final int MAX_SOURCE = 200;

  private final StagedList staged;
  private final AgencyRepository agencies;
  private final AgencyAccess access;
  private final AuditLog audit;
  private final Clock clock;

  AgencyImports(
      StagedList staged,
      AgencyRepository agencies,
      AgencyAccess access,
      AuditLog audit,
      Clock clock) {
    this.staged = staged;
    this.agencies = agencies;
    this.access = access;
    this.audit = audit;
    this.clock = clock;
  }

  /** The countries whose lists the signed-in person may import. */
  @Transactional(readOnly = true)
  public List<String> countries() {
    return access.countries();
  }

  /**
   * Keeps an uploaded list for its preview; the id leads to it. Nothing in the registry changes.
   */
  @Transactional
  public UUID upload(
      String country, String source, LocalDate listDate, String fileName, byte[] content) {
    String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
    if (!Countries.isKnown(code)) {
      throw new InvalidAgencyInputException("country", "agency.import.error.country");
    }
    access.requireCountry(code);
    String cleanSource = source == null ? "" : source.strip();
    if (cleanSource.isEmpty()) {
      throw new InvalidAgencyInputException("source", "agency.import.error.source");
    }
    if (cleanSource.length() > MAX_SOURCE) {
      throw new InvalidAgencyInputException("source", "agency.import.error.sourceTooLong");
    }
    if (listDate == null) {
      throw new InvalidAgencyInputException("listDate", "agency.import.error.listDate");
    }
    if (listDate.isAfter(LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1))) {
      throw new InvalidAgencyInputException("listDate", "agency.import.error.listDateFuture");
    }
    if (content == null || content.length == 0) {
      throw new InvalidAgencyInputException("file", "agency.import.error.noFile");
    }
    String name = fileName == null || fileName.isBlank() ? "list.csv" : fileName.strip();
    if (name.length() > 200) {
      name = name.substring(name.length() - 200);
    }
    return staged.keep(AuditLog.currentActor(), code, cleanSource, listDate, name, content);
  }

  @Transactional(readOnly = true)
  public ImportPreview preview(UUID id) {
    return compare(upload(id)).preview();
  }

  /** A preview, and the agencies the list repeats unchanged (they move to the new list). */
  private record Compared(ImportPreview preview, List<Long> unchanged) {}

  private StagedList.Upload upload(UUID id) {
    return staged
        .find(id, AuditLog.currentActor())
        .orElseThrow(() -> new AgencyNotFoundException("upload " + id));
  }

  private Compared compare(StagedList.Upload upload) {
    ListCheck.Result checked;
    try {
      checked = ListCheck.check(ListFiles.read(upload.fileName(), upload.content()));
    } catch (ListFileException e) {
      checked = new ListCheck.Result(List.of(), List.of(e.error()));
    }
    List<RowError> errors = new ArrayList<>(checked.errors());
    ListDiff.Result diff =
        errors.isEmpty()
            ? ListDiff.of(agencies.byCountry(upload.countryCode()), checked.rows())
            : new ListDiff.Result(List.of(), List.of(), List.of(), List.of());
    ImportPreview preview =
        new ImportPreview(
            upload.id(),
            upload.countryCode(),
            upload.source(),
            upload.listDate(),
            upload.fileName(),
            checked.rows().size() + (int) errors.stream().map(RowError::row).distinct().count(),
            diff.added(),
            diff.changed(),
            diff.removed(),
            diff.unchanged().size(),
            errors);
    return new Compared(preview, diff.unchanged());
  }

  /**
   * Applies a previewed list whole: new agencies, changes, agencies no longer named (marked not
   * listed), a status-history row for every status that changes, and the list's source and date.
   * The counts the person saw must still hold, or nothing is applied and the preview is shown
   * again.
   */
  @Transactional
  public long apply(UUID id, int addedSeen, int changedSeen, int removedSeen) {
    StagedList.Upload upload = upload(id);
    access.requireCountry(upload.countryCode());
    Compared compared = compare(upload);
    ImportPreview preview = compared.preview();
    if (!preview.canApply()) {
      throw new InvalidAgencyInputException("file", "agency.import.error.hasErrors");
    }
    if (preview.added().size() != addedSeen
        || preview.changed().size() != changedSeen
        || preview.removed().size() != removedSeen) {
      throw new InvalidAgencyInputException("file", "agency.import.error.registryChanged");
    }
    long listId = applyCompared(upload, compared);
    staged.drop(id);
    return listId;
  }

  /**
   * Loads a list with no person and no preview (the demo data): checked like any upload and refused
   * whole on any error.
   */
  @Transactional
  public long importTrusted(String country, String source, LocalDate listDate, byte[] csv) {
    StagedList.Upload upload =
        new StagedList.Upload(
            UUID.randomUUID(), "system", country, source, listDate, "list.csv", csv);
    Compared compared = compare(upload);
    if (!compared.preview().canApply()) {
      throw new IllegalArgumentException("Not a valid list: " + compared.preview().errors());
    }
    return applyCompared(upload, compared);
  }

  private long applyCompared(StagedList.Upload upload, Compared compared) {
    ImportPreview preview = compared.preview();
    String actor = AuditLog.currentActor();
    String country = upload.countryCode();
    LocalDate on = upload.listDate();
    long listId =
        agencies.insertList(
            country,
            upload.source(),
            on,
            upload.fileName(),
            preview.added().size(),
            preview.changed().size(),
            preview.removed().size(),
            actor);
    for (ListedAgency a : preview.added()) {
      long agencyId = agencies.insert(country, a, listId);
      agencies.recordStatus(agencyId, a.status(), null, on, listId, actor);
    }
    for (ImportPreview.Change c : preview.changed()) {
      agencies.update(c.before().id(), c.after(), listId);
      if (c.before().status() != c.after().status()) {
        agencies.recordStatus(
            c.before().id(), c.after().status(), c.before().status(), on, listId, actor);
      }
    }
    for (Agency gone : preview.removed()) {
      agencies.unlist(gone.id(), listId);
      agencies.recordStatus(gone.id(), AgencyStatus.NOT_LISTED, gone.status(), on, listId, actor);
    }
    agencies.confirmListed(compared.unchanged(), listId);
    audit.record(
        "IMPORTED",
        "agency_list",
        listId,
        country
            + ": "
            + preview.added().size()
            + " added, "
            + preview.changed().size()
            + " changed, "
            + preview.removed().size()
            + " no longer listed");
    return listId;
  }
}
