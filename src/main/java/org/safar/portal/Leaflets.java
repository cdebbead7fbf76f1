package org.safar.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.safar.audit.AuditLog;
import org.safar.orgunits.Countries;
import org.safar.orgunits.OrgUnitRow;
import org.safar.orgunits.OrgUnitScope;
import org.safar.orgunits.OrgUnits;
import org.safar.orgunits.OutOfScopeException;
import org.safar.shell.ResultPage;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leaflet library as editors work on it: leaflets kept by units in the editor's scope, written
 * and translated in Markdown (rendered and sanitised when saved), moved through draft → in review →
 * published → archived. Every change is versioned and audited in its own transaction.
 */
@Service
public class Leaflets {

  /** The largest PDF a leaflet may carry. */
  public static final int MAX_PDF_BYTES = 5 * 1024 * 1024;

  private final LeafletRepository repository;
  private final LeafletMarkdown markdown;
  private final OrgUnits orgUnits;
  private final AuditLog audit;
  private final Clock clock;

  Leaflets(
      LeafletRepository repository,
      LeafletMarkdown markdown,
      OrgUnits orgUnits,
      AuditLog audit,
      Clock clock) {
    this.repository = repository;
    this.markdown = markdown;
    this.orgUnits = orgUnits;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public ResultPage<Leaflet> search(LeafletFilter filter, int page, int size) {
    Long[] scope = orgUnits.currentScope().asArray();
    return ResultPage.counted(
        repository.search(filter, scope, size, (long) page * size),
        page,
        size,
        repository.count(filter, scope));
  }

  /** A leaflet kept by a unit in scope; outside it, 403 and an audit entry. */
  @Transactional(readOnly = true)
  public Leaflet get(long id) {
    Leaflet leaflet = repository.findById(id).orElseThrow(() -> new LeafletNotFoundException(id));
    if (!orgUnits.currentScope().contains(leaflet.ownerOrgUnitId())) {
      audit.accessDenied("leaflet", id);
      throw new OutOfScopeException("leaflet " + id);
    }
    return leaflet;
  }

  @Transactional(readOnly = true)
  public LeafletTranslation translation(long id, String language) {
    get(id);
    return repository.translation(id, language).orElseThrow(() -> new LeafletNotFoundException(id));
  }

  /** Whether the leaflet has a translation in that language yet. */
  @Transactional(readOnly = true)
  public boolean hasTranslation(long id, String language) {
    return get(id).translation(language).isPresent();
  }

  /** Creates a draft kept by the highest unit in the editor's scope. */
  @Transactional
  public long create(LeafletDraft draft) {
    return create(draft, orgUnits.currentScope());
  }

  /**
   * Creates a draft kept by the highest unit of {@code scope} (the demo loads with the network).
   */
  @Transactional
  public long create(LeafletDraft draft, OrgUnitScope scope) {
    LeafletDraft clean = check(draft);
    List<OrgUnitRow> units = orgUnits.tree(scope);
    if (units.isEmpty()) {
      throw new OutOfScopeException("no org unit to keep a leaflet");
    }
    long id = repository.insert(clean, units.get(0).unit().id(), AuditLog.currentActor());
    audit.record("CREATED", "leaflet", id, clean.sourceLanguage());
    return id;
  }

  /** Creates a draft with its source-language text, all or nothing. */
  @Transactional
  public long create(LeafletDraft draft, TranslationDraft source, OrgUnitScope scope) {
    long id = create(draft, scope);
    save(
        repository.findById(id).orElseThrow(),
        null,
        new TranslationDraft(
            draft.sourceLanguage(), source.title(), source.summary(), source.bodyMarkdown(), true));
    return id;
  }

  @Transactional
  public long create(LeafletDraft draft, TranslationDraft source) {
    return create(draft, source, orgUnits.currentScope());
  }

  @Transactional
  public void change(long id, int version, LeafletDraft draft) {
    Leaflet leaflet = get(id);
    refuseArchived(leaflet);
    LeafletDraft clean = check(draft);
    repository.update(id, version, clean, AuditLog.currentActor());
    audit.record("UPDATED", "leaflet", id, null);
  }

  /**
   * Saves a translation (the source text too). Changing the source's text raises its revision, so
   * every translation made from an older one shows as outdated until a translator marks it done.
   */
  @Transactional
  public void saveTranslation(long id, Integer version, TranslationDraft draft) {
    save(get(id), version, draft);
  }

  /**
   * Loads a finished leaflet with its texts straight into the published state, kept by the highest
   * unit of {@code scope}: for the demo and for imports, where nobody reviews on screen. Audited
   * like any other change.
   */
  @Transactional
  public long loadPublished(LeafletDraft draft, List<TranslationDraft> texts, OrgUnitScope scope) {
    long id = create(draft, scope);
    for (TranslationDraft text : texts) {
      save(repository.findById(id).orElseThrow(), null, text);
    }
    Leaflet leaflet = repository.findById(id).orElseThrow();
    if (leaflet.translation(leaflet.sourceLanguage()).isEmpty()) {
      throw new InvalidLeafletException("status", "leaflet.error.noSource");
    }
    repository.setStatus(id, leaflet.version(), LeafletStatus.PUBLISHED, AuditLog.currentActor());
    audit.record("PUBLISH", "leaflet", id, "loaded");
    return id;
  }

  private void save(Leaflet leaflet, Integer version, TranslationDraft draft) {
    long id = leaflet.id();
    refuseArchived(leaflet);
    TranslationDraft d = check(draft);
    LeafletMarkdown.Rendered rendered = markdown.render(d.bodyMarkdown());
    boolean source = d.language().equals(leaflet.sourceLanguage());
    String actor = AuditLog.currentActor();
    var existing = repository.translation(id, d.language());
    if (existing.isEmpty()) {
      try {
        repository.insertTranslation(
            id, d, rendered, source ? 1 : repository.sourceRevision(id), actor);
      } catch (org.springframework.dao.DuplicateKeyException addedMeanwhile) {
        // another editor added this language since the form was opened: the same answer as a
        // save over a newer version, so the form comes back with what was typed
        throw new org.springframework.dao.OptimisticLockingFailureException(
            "translation " + d.language() + " of leaflet " + id + " added meanwhile",
            addedMeanwhile);
      }
      audit.record("TRANSLATION_ADDED", "leaflet", id, d.language());
    } else {
      LeafletTranslation old = existing.get();
      boolean textChanged =
          !old.title().equals(d.title())
              || !old.summary().equals(d.summary())
              || !old.bodyMarkdown().equals(d.bodyMarkdown());
      int revision = old.revision() + (textChanged ? 1 : 0);
      int sourceRevision =
          source ? revision : d.upToDate() ? repository.sourceRevision(id) : old.sourceRevision();
      repository.updateTranslation(
          id,
          version == null ? old.version() : version,
          d,
          rendered,
          revision,
          sourceRevision,
          actor);
      audit.record(
          "TRANSLATION_UPDATED",
          "leaflet",
          id,
          d.language()
              + (textChanged ? " text changed" : "")
              + (d.upToDate() ? ", up to date" : ""));
    }
    repository.touch(id, actor);
  }

  /** Moves the leaflet on in its workflow; publishing needs the source-language text. */
  @Transactional
  public void move(long id, int version, LeafletStep step) {
    Leaflet leaflet = get(id);
    if (!step.allowedFrom(leaflet.status())) {
      throw new InvalidLeafletException("status", "leaflet.error.step");
    }
    boolean writer = hasAnyRole(LeafletAccess.WRITERS);
    if (!writer && !(step.review() && hasAnyRole(Set.of("PROGRAMME_MANAGER")))) {
      audit.accessDenied("leaflet", id, "workflow step " + step + " needs an editor");
      throw new OutOfScopeException("leaflet step " + step);
    }
    if ((step == LeafletStep.SUBMIT || step == LeafletStep.PUBLISH)
        && leaflet.translation(leaflet.sourceLanguage()).isEmpty()) {
      throw new InvalidLeafletException("status", "leaflet.error.noSource");
    }
    repository.setStatus(id, version, step.to(), AuditLog.currentActor());
    audit.record(step.name(), "leaflet", id, leaflet.status() + " → " + step.to());
  }

  /** Attaches a PDF (replacing one before); it must be a PDF file of at most 5 MB. */
  @Transactional
  public void attachPdf(long id, String fileName, byte[] content) {
    Leaflet leaflet = get(id);
    refuseArchived(leaflet);
    if (content == null || content.length == 0) {
      throw new InvalidLeafletException("pdf", "leaflet.error.pdfEmpty");
    }
    if (content.length > MAX_PDF_BYTES) {
      throw new InvalidLeafletException("pdf", "leaflet.error.pdfTooLarge");
    }
    if (content.length < 5
        || content[0] != '%'
        || content[1] != 'P'
        || content[2] != 'D'
        || content[3] != 'F'
        || content[4] != '-') {
      throw new InvalidLeafletException("pdf", "leaflet.error.pdfType");
    }
    String name = fileName == null || fileName.isBlank() ? "leaflet.pdf" : fileName.strip();
    name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    if (name.length() > 120) {
      name = name.substring(0, 120);
    }
    repository.putPdf(id, name, content, AuditLog.currentActor());
    repository.touch(id, AuditLog.currentActor());
    audit.record("PDF_ATTACHED", "leaflet", id, name + " (" + content.length + " bytes)");
  }

  @Transactional
  public void removePdf(long id) {
    refuseArchived(get(id));
    if (repository.removePdf(id)) {
      repository.touch(id, AuditLog.currentActor());
      audit.record("PDF_REMOVED", "leaflet", id, null);
    }
  }

  @Transactional(readOnly = true)
  public byte[] pdf(long id) {
    get(id);
    return repository.pdf(id, false).orElseThrow(() -> new LeafletNotFoundException(id));
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  private static void refuseArchived(Leaflet leaflet) {
    if (leaflet.status() == LeafletStatus.ARCHIVED) {
      throw new InvalidLeafletException("status", "leaflet.error.archived");
    }
  }

  private static boolean hasAnyRole(Set<String> roles) {
    var auth = SecurityContextHolder.getContext().getAuthentication();
    return auth != null
        && auth.getAuthorities().stream()
            .anyMatch(
                a ->
                    a.getAuthority() != null
                        && roles.contains(a.getAuthority().replaceFirst("^ROLE_", "")));
  }

  private static LeafletDraft check(LeafletDraft d) {
    if (!LeafletLanguages.isKnown(d.sourceLanguage())) {
      throw new InvalidLeafletException("sourceLanguage", "leaflet.error.language");
    }
    if (d.topics() == null || d.topics().isEmpty()) {
      throw new InvalidLeafletException("topics", "leaflet.error.topics");
    }
    List<String> destinations = d.destinations() == null ? List.of() : d.destinations();
    for (String c : destinations) {
      if (!Countries.isKnown(c)) {
        throw new InvalidLeafletException("destinations", "leaflet.error.destination");
      }
    }
    if (d.audiences() == null || d.audiences().isEmpty()) {
      throw new InvalidLeafletException("audiences", "leaflet.error.audiences");
    }
    return new LeafletDraft(
        d.sourceLanguage(),
        d.topics().stream().distinct().toList(),
        destinations.stream().distinct().sorted().toList(),
        d.audiences().stream().distinct().toList(),
        d.reviewOn());
  }

  private static TranslationDraft check(TranslationDraft d) {
    if (!LeafletLanguages.isKnown(d.language())) {
      throw new InvalidLeafletException("language", "leaflet.error.language");
    }
    String title = strip(d.title());
    if (title == null) {
      throw new InvalidLeafletException("title", "leaflet.error.title");
    }
    if (title.codePointCount(0, title.length()) > 200) {
      throw new InvalidLeafletException("title", "leaflet.error.tooLong");
    }
    String summary = strip(d.summary());
    if (summary == null) {
      throw new InvalidLeafletException("summary", "leaflet.error.summary");
    }
    if (summary.codePointCount(0, summary.length()) > 600) {
      throw new InvalidLeafletException("summary", "leaflet.error.tooLong");
    }
    String body = d.bodyMarkdown() == null ? null : d.bodyMarkdown().replace("\r\n", "\n").strip();
    if (body == null || body.isEmpty()) {
      throw new InvalidLeafletException("bodyMarkdown", "leaflet.error.body");
    }
    if (body.length() > 60_000) {
      throw new InvalidLeafletException("bodyMarkdown", "leaflet.error.tooLong");
    }
    return new TranslationDraft(d.language(), title, summary, body, d.upToDate());
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
