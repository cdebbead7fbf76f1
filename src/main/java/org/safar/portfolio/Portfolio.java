package org.safar.portfolio;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
    Programme p = get(id);
    Optional<Programme> parent = Optional.ofNullable(p.parentId()).flatMap(repository::findById);
    return new ProgrammeView(p, parent.orElse(null), repository.children(id));
  }

  /** One entry, if the signed-in person may see it (403 and audited otherwise). */
  @Transactional(readOnly = true)
  public Programme get(long id) {
    Programme p = repository.findById(id).orElseThrow(() -> new ProgrammeNotFoundException(id));
    if (!orgUnits.currentScope().contains(p.ownerOrgUnitId())) {
      audit.accessDenied("programme", id);
      throw new OutOfScopeException("programme " + id);
    }
    return p;
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

  /** The entry and every entry beneath it (its projects and components), for "under a project". */
  @Transactional(readOnly = true)
  public Set<Long> withEntriesBeneath(long id) {
    return repository.withEntriesBeneath(id);
  }

  /**
   * The entries work in this scope can be recorded under: those owned by a unit in the scope or by
   * a unit above one (a programme run by the network covers every MRC in it).
   */
  @Transactional(readOnly = true)
  public List<Programme> workableIn(OrgUnitScope scope) {
    Set<Long> owners = new HashSet<>(scope.ids());
    if (!scope.global()) {
      for (long unit : scope.ids()) {
        owners.addAll(orgUnits.ancestorsAndSelf(unit));
      }
    }
    return repository.ownedBy(owners.toArray(Long[]::new));
  }

  /** Whether records of a unit in this scope may be filed under the entry. */
  @Transactional(readOnly = true)
  public boolean isWorkableIn(long id, OrgUnitScope scope) {
    return repository
        .findById(id)
        .map(
            p ->
                scope.contains(p.ownerOrgUnitId())
                    || scope.ids().stream()
                        .anyMatch(u -> orgUnits.ancestorsAndSelf(u).contains(p.ownerOrgUnitId())))
        .orElse(false);
  }

  /** Records a portfolio entry (used by the demo data). */
  @Transactional
  public Programme record(Programme draft) {
    check(draft);
    long id = repository.insert(draft, "system");
    audit.record("CREATED", "programme", id, draft.level() + " " + draft.code());
    return repository.findById(id).orElseThrow();
  }

  /**
   * Corrects an entry: title, summary, donors, implementers, beneficiaries, countries, dates,
   * budget, currency and status. Its place in the tree, code and owner stay.
   */
  @Transactional
  public void change(long id, int version, Programme draft) {
    Programme before = get(id);
    Programme p =
        new Programme(
            id,
            before.parentId(),
            before.level(),
            before.code(),
            draft.title() == null ? null : draft.title().strip(),
            blankToNull(draft.summary()),
            draft.donors(),
            draft.implementers(),
            draft.beneficiaries(),
            draft.countryCodes(),
            draft.startDate(),
            draft.endDate(),
            draft.budget(),
            draft.currency() == null || draft.currency().isBlank()
                ? null
                : draft.currency().strip().toUpperCase(Locale.ROOT),
            draft.status(),
            before.ownerOrgUnitId(),
            version);
    check(p);
    repository.update(id, version, p, AuditLog.currentActor());
    audit.record(
        "UPDATED",
        "programme",
        id,
        p.status() + (p.budget() == null ? "" : "; budget " + p.currency() + " " + p.budget()));
  }

  private static void check(Programme p) {
    if (p.title() == null || p.title().isBlank() || p.title().length() > 300) {
      throw new InvalidPortfolioInputException("title", "portfolio.error.title");
    }
    if (p.countryCodes().stream().anyMatch(c -> !Countries.isKnown(c))) {
      throw new InvalidPortfolioInputException("countryCodes", "portfolio.error.country");
    }
    if (p.status() == null) {
      throw new InvalidPortfolioInputException("status", "portfolio.error.status");
    }
    if (p.startDate() != null && p.endDate() != null && p.endDate().isBefore(p.startDate())) {
      throw new InvalidPortfolioInputException("endDate", "portfolio.error.dates");
    }
    if (p.budget() != null && p.budget().compareTo(BigDecimal.ZERO) < 0) {
      throw new InvalidPortfolioInputException("budget", "portfolio.error.budget");
    }
    if (p.budget() != null && p.budget().compareTo(new BigDecimal("1e14")) >= 0) {
      throw new InvalidPortfolioInputException("budget", "portfolio.error.budget");
    }
    if (p.budget() != null && p.currency() == null) {
      throw new InvalidPortfolioInputException("currency", "portfolio.error.currencyNeeded");
    }
    if (p.currency() != null && !isCurrency(p.currency())) {
      throw new InvalidPortfolioInputException("currency", "portfolio.error.currency");
    }
  }

  /** An ISO 4217 code Java knows, such as EUR, USD or BDT. */
  public static boolean isCurrency(String code) {
    return code != null
        && code.matches("[A-Z]{3}")
        && Currency.getAvailableCurrencies().stream()
            .anyMatch(c -> c.getCurrencyCode().equals(code));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** An entry with where it sits. */
  public record ProgrammeView(Programme programme, Programme parent, List<Programme> children) {}
}
