package org.safar.orgunits;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.safar.audit.AuditLog;
import org.safar.shell.ResultPage;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/** The org-unit module's public face: the tree, scopes, and changes to units. */
@Service
public class OrgUnits {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{1,39}");
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  private static final String SCOPE_ATTRIBUTE = OrgUnits.class.getName() + ".scope";

  private final OrgUnitRepository repository;
  private volatile Long networkId;
  private final AuditLog audit;

  OrgUnits(OrgUnitRepository repository, AuditLog audit) {
    this.repository = repository;
    this.audit = audit;
  }

  /**
   * The scope of the signed-in person; empty when nobody (or no staff member) is signed in. Worked
   * out once per request: a page asks for it several times.
   */
  @Transactional(readOnly = true)
  public OrgUnitScope currentScope() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (!(auth != null && auth.getPrincipal() instanceof ScopedPrincipal principal)) {
      return OrgUnitScope.NONE;
    }
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request == null) {
      return scopeOf(principal.orgUnitIds());
    }
    String key = SCOPE_ATTRIBUTE + principal.orgUnitIds();
    if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof OrgUnitScope cached) {
      return cached;
    }
    OrgUnitScope scope = scopeOf(principal.orgUnitIds());
    request.setAttribute(key, scope, RequestAttributes.SCOPE_REQUEST);
    return scope;
  }

  /** The given org units and everything beneath them. */
  @Transactional(readOnly = true)
  public OrgUnitScope scopeOf(Set<Long> roots) {
    Set<Long> ids = repository.subtreeIds(roots);
    boolean global = ids.contains(networkId());
    return new OrgUnitScope(ids, global);
  }

  /** The root's id never changes once the first migration made it, so it is looked up once. */
  private long networkId() {
    Long id = networkId;
    if (id == null) {
      id = repository.network().id();
      networkId = id;
    }
    return id;
  }

  /** The unit and every unit above it, up to the network. */
  @Transactional(readOnly = true)
  public Set<Long> ancestorsAndSelf(long id) {
    return repository.ancestorsAndSelf(id);
  }

  @Transactional(readOnly = true)
  public OrgUnit network() {
    return repository.network();
  }

  @Transactional(readOnly = true)
  public Optional<OrgUnit> find(long id) {
    return repository.findById(id);
  }

  @Transactional(readOnly = true)
  public Optional<OrgUnit> findByCode(String code) {
    return repository.findByCode(code);
  }

  /** An org unit the signed-in person may see; a look outside their scope is refused and logged. */
  @Transactional(readOnly = true)
  public OrgUnit getInScope(long id) {
    OrgUnit unit = repository.findById(id).orElseThrow(() -> new OrgUnitNotFoundException(id));
    if (!currentScope().contains(id)) {
      audit.accessDenied("org_unit", id);
      throw new OutOfScopeException("org unit " + id);
    }
    return unit;
  }

  /** Every unit in the scope, depth-first, for pickers. */
  @Transactional(readOnly = true)
  public List<OrgUnitRow> tree(OrgUnitScope scope) {
    return repository.tree(scope.ids(), null, null);
  }

  /** A page of the units in scope that match the search text and kind. */
  @Transactional(readOnly = true)
  public ResultPage<OrgUnitRow> search(
      OrgUnitScope scope, String text, OrgUnitKind kind, int page, int size) {
    List<OrgUnitRow> all = repository.tree(scope.ids(), ResultPage.containing(text), kind);
    int from = Math.min(page * size, all.size());
    int to = Math.min(from + size, all.size());
    return new ResultPage<>(all.subList(from, to), page, size, all.size());
  }

  @Transactional(readOnly = true)
  public boolean onlyTheNetworkExists() {
    return repository.count() == 1;
  }

  /** Creates a unit under a parent of the right kind, inside the creator's scope. */
  @Transactional
  public OrgUnit create(OrgUnitDraft draft, OrgUnitScope scope) {
    OrgUnitDraft clean = validate(draft, null);
    if (!scope.contains(clean.parentId())) {
      throw new OutOfScopeException("parent org unit " + clean.parentId());
    }
    long id = repository.insert(clean, AuditLog.currentActor());
    audit.record("CREATED", "org_unit", id, clean.kind() + " " + clean.code() + " " + clean.name());
    return repository.findById(id).orElseThrow();
  }

  /** Changes a unit's details; kind, parent and country stay as they were. */
  @Transactional
  public OrgUnit update(long id, int version, OrgUnitDraft draft, OrgUnitScope scope) {
    OrgUnit existing = repository.findById(id).orElseThrow(() -> new OrgUnitNotFoundException(id));
    if (!scope.contains(id)) {
      audit.accessDenied("org_unit", id);
      throw new OutOfScopeException("org unit " + id);
    }
    OrgUnitDraft clean = validate(draft, existing);
    repository.update(id, version, clean, AuditLog.currentActor());
    audit.record("UPDATED", "org_unit", id, existing.code() + " " + clean.name());
    return repository.findById(id).orElseThrow();
  }

  private OrgUnitDraft validate(OrgUnitDraft d, OrgUnit existing) {
    OrgUnitKind kind = existing == null ? d.kind() : existing.kind();
    if (kind == null || kind == OrgUnitKind.NETWORK && existing == null) {
      throw new InvalidOrgUnitException("kind", "orgunit.error.kind");
    }
    String code = trim(d.code());
    if (code == null || !CODE.matcher(code).matches()) {
      throw new InvalidOrgUnitException("code", "orgunit.error.code");
    }
    repository
        .findByCode(code)
        .filter(other -> existing == null || !other.id().equals(existing.id()))
        .ifPresent(
            other -> {
              throw new InvalidOrgUnitException("code", "orgunit.error.codeTaken");
            });
    String name = trim(d.name());
    if (name == null || name.length() > 200) {
      throw new InvalidOrgUnitException("name", "orgunit.error.name");
    }
    Long parentId = existing == null ? d.parentId() : existing.parentId();
    String country = existing == null ? null : existing.countryCode();
    if (existing == null) {
      OrgUnit parent =
          parentId == null
              ? null
              : repository
                  .findById(parentId)
                  .orElseThrow(() -> new OrgUnitNotFoundException(parentId));
      if (parent == null || parent.kind() != kind.parentKind()) {
        throw new InvalidOrgUnitException("parentId", "orgunit.error.parent");
      }
      if (kind == OrgUnitKind.COUNTRY) {
        country =
            trim(d.countryCode()) == null ? null : d.countryCode().trim().toUpperCase(Locale.ROOT);
        if (country == null || !Countries.isKnown(country)) {
          throw new InvalidOrgUnitException("countryCode", "orgunit.error.country");
        }
      } else {
        country = parent.countryCode();
      }
    }
    List<String> languages =
        d.languages() == null
            ? List.of()
            : d.languages().stream()
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    for (String tag : languages) {
      if (!LANGUAGE_TAG.matcher(tag).matches()) {
        throw new InvalidOrgUnitException("languages", "orgunit.error.language");
      }
    }
    String email = trim(d.email());
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new InvalidOrgUnitException("email", "orgunit.error.email");
    }
    return new OrgUnitDraft(
        parentId,
        kind,
        code,
        name,
        country,
        trim(d.address()),
        trim(d.city()),
        trim(d.hotline()),
        email,
        trim(d.openingHours()),
        languages,
        existing == null || d.active());
  }

  private static String trim(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
