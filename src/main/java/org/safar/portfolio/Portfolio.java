package org.safar.portfolio;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.safar.audit.AuditLog;
import org.safar.orgunits.OrgUnitScope;
import org.safar.orgunits.OrgUnits;
import org.safar.orgunits.OutOfScopeException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The portfolio module's public face. */
@Service
public class Portfolio {

  private static final Set<String> ISO_COUNTRIES =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

  private final ProgrammeRepository repository;
  private final OrgUnits orgUnits;
  private final AuditLog audit;

  Portfolio(ProgrammeRepository repository, OrgUnits orgUnits, AuditLog audit) {
    this.repository = repository;
    this.orgUnits = orgUnits;
    this.audit = audit;
  }

  /** Entries the signed-in person may see, matching the text, country and level. */
  @Transactional(readOnly = true)
  public ProgrammePage search(
      String text, String country, PortfolioLevel level, int page, int size) {
    OrgUnitScope scope = orgUnits.currentScope();
    String like = text == null || text.isBlank() ? null : "%" + text.trim() + "%";
    String iso =
        country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
    long total = repository.count(scope.asArray(), like, iso, level);
    List<Programme> rows =
        repository.search(scope.asArray(), like, iso, level, size, (long) page * size);
    return new ProgrammePage(rows, page, size, total);
  }

  /** One entry with its parent and children, if the signed-in person may see it. */
  @Transactional(readOnly = true)
  public ProgrammeView view(long id) {
    Programme p = repository.findById(id).orElseThrow(() -> new ProgrammeNotFoundException(id));
    if (!orgUnits.currentScope().contains(p.ownerOrgUnitId())) {
      audit.accessDenied("programme", id);
      throw new OutOfScopeException("programme " + id);
    }
    Optional<Programme> parent = Optional.ofNullable(p.parentId()).flatMap(repository::findById);
    return new ProgrammeView(p, parent.orElse(null), repository.children(id));
  }

  @Transactional(readOnly = true)
  public Optional<Programme> findByCode(String code) {
    return repository.findByCode(code);
  }

  /** Records a portfolio entry (used by the demo data; the editing screens come later). */
  @Transactional
  public Programme record(Programme draft) {
    if (draft.countryCodes().stream().anyMatch(c -> !ISO_COUNTRIES.contains(c))) {
      throw new IllegalArgumentException("Unknown ISO 3166 country in " + draft.countryCodes());
    }
    long id = repository.insert(draft, "system");
    audit.record("CREATED", "programme", id, draft.level() + " " + draft.code());
    return repository.findById(id).orElseThrow();
  }

  /** A page of portfolio entries. */
  public record ProgrammePage(List<Programme> rows, int page, int size, long total) {
    public int pages() {
      return (int) Math.max(1, (total + size - 1) / size);
    }
  }

  /** An entry with where it sits. */
  public record ProgrammeView(Programme programme, Programme parent, List<Programme> children) {}
}
