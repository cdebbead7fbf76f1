package org.safar.portfolio;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safar.audit.AuditLog;
import org.safar.orgunits.Countries;
import org.safar.orgunits.OrgUnitScope;
import org.safar.orgunits.OrgUnits;
import org.safar.orgunits.OutOfScopeException;
import org.safar.shell.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The portfolio module's public face. */
@Service
public class Portfolio {

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
  public ResultPage<Programme> search(
      String text, String country, PortfolioLevel level, int page, int size) {
    OrgUnitScope scope = orgUnits.currentScope();
    String like = ResultPage.containing(text);
    String iso =
        country == null || country.isBlank() ? null : country.trim().toUpperCase(Locale.ROOT);
    long total = repository.count(scope.asArray(), like, iso, level);
    List<Programme> rows =
        repository.search(scope.asArray(), like, iso, level, size, (long) page * size);
    return new ResultPage<>(rows, page, size, total);
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

  /** An entry by id, whoever asks (callers check scope themselves, as the demo loads unscoped). */
  @Transactional(readOnly = true)
  public Optional<Programme> find(long id) {
    return repository.findById(id);
  }

  @Transactional(readOnly = true)
  public Optional<Programme> findByCode(String code) {
    return repository.findByCode(code);
  }

  /** Records a portfolio entry (used by the demo data; the editing screens come later). */
  @Transactional
  public Programme record(Programme draft) {
    if (draft.countryCodes().stream().anyMatch(c -> !Countries.isKnown(c))) {
      throw new IllegalArgumentException("Unknown ISO 3166 country in " + draft.countryCodes());
    }
    long id = repository.insert(draft, "system");
    audit.record("CREATED", "programme", id, draft.level() + " " + draft.code());
    return repository.findById(id).orElseThrow();
  }

  /** An entry with where it sits. */
  public record ProgrammeView(Programme programme, Programme parent, List<Programme> children) {}
}
