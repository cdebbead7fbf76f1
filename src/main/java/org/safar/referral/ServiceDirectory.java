package org.safar.referral;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import org.safar.audit.AuditLog;
import org.safar.orgunits.Countries;
import org.safar.orgunits.OrgUnit;
import org.safar.orgunits.OrgUnitKind;
import org.safar.orgunits.OrgUnitScope;
import org.safar.orgunits.OrgUnits;
import org.safar.orgunits.OutOfScopeException;
import org.safar.shell.InvalidInputException;
import org.safar.shell.ResultPage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory of service providers: searched by everyone who refers, kept by the units that know
 * the providers. Every change is checked, versioned and audited.
 */
@Service
public class ServiceDirectory {

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE = Pattern.compile("[+0-9 ()./-]{4,40}");

  private final ServiceProviderRepository repository;
  private final OrgUnits orgUnits;
  private final AuditLog audit;

  ServiceDirectory(ServiceProviderRepository repository, OrgUnits orgUnits, AuditLog audit) {
    this.repository = repository;
    this.orgUnits = orgUnits;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public ResultPage<ServiceProvider> search(ProviderFilter filter, int page, int size) {
    long total = repository.count(filter);
    return ResultPage.counted(
        repository.search(filter, size, (long) page * size), page, size, total);
  }

  /** The providers whose staff the signed-in person is (they work in Safar as a unit in scope). */
  @Transactional(readOnly = true)
  public Long[] mine() {
    return repository.workingAs(orgUnits.currentScope().asArray());
  }

  /** Names of providers, for lists. */
  @Transactional(readOnly = true)
  public java.util.Map<Long, String> names(java.util.Collection<Long> ids) {
    return repository.names(ids);
  }

  @Transactional(readOnly = true)
  public ServiceProvider get(long id) {
    return repository.findById(id).orElseThrow(() -> new ProviderNotFoundException(id));
  }

  /** Whether the signed-in person may change this provider: the unit keeping it is in scope. */
  @Transactional(readOnly = true)
  public boolean mayChange(ServiceProvider provider) {
    return orgUnits.currentScope().contains(provider.orgUnitId());
  }

  @Transactional
  public long add(ProviderDraft draft) {
    return add(draft, orgUnits.currentScope());
  }

  /** Adds a provider kept by a unit in {@code scope} (the demo loads with the whole network). */
  @Transactional
  public long add(ProviderDraft draft, OrgUnitScope scope) {
    ProviderDraft d = check(draft, scope);
    long id = repository.insert(d, AuditLog.currentActor());
    audit.record("CREATED", "service_provider", id, d.name());
    return id;
  }

  @Transactional
  public void change(long id, int version, ProviderDraft draft) {
    ServiceProvider before = get(id);
    requireKeeper(before);
    ProviderDraft d = check(draft, orgUnits.currentScope());
    repository.update(id, version, d, AuditLog.currentActor());
    audit.record("UPDATED", "service_provider", id, d.name());
  }

  private void requireKeeper(ServiceProvider provider) {
    if (!mayChange(provider)) {
      audit.accessDenied("service_provider", provider.id());
      throw new OutOfScopeException("service provider " + provider.id());
    }
  }

  private ProviderDraft check(ProviderDraft d, OrgUnitScope scope) {
    if (d.orgUnitId() == null || !scope.contains(d.orgUnitId())) {
      throw new InvalidInputException("orgUnitId", "provider.error.orgUnit");
    }
    String name = TypedText.clean(d.name(), 200, "name");
    if (name == null) {
      throw new InvalidInputException("name", "provider.error.name");
    }
    if (d.kind() == null) {
      throw new InvalidInputException("kind", "provider.error.kind");
    }
    if (d.services() == null || d.services().isEmpty()) {
      throw new InvalidInputException("services", "provider.error.services");
    }
    List<String> countries = d.countries() == null ? List.of() : d.countries();
    if (countries.isEmpty() || !countries.stream().allMatch(Countries::isKnown)) {
      throw new InvalidInputException("countries", "provider.error.countries");
    }
    List<String> languages = new ArrayList<>();
    for (String l : d.languages() == null ? List.<String>of() : d.languages()) {
      if (!LANGUAGE.matcher(l).matches()) {
        throw new InvalidInputException("languages", "provider.error.languages");
      }
      languages.add(l);
    }
    List<String> districts = new ArrayList<>();
    for (String district : d.districts() == null ? List.<String>of() : d.districts()) {
      String clean = TypedText.clean(district, 100, "districts");
      if (clean != null && !districts.contains(clean)) {
        districts.add(clean);
      }
    }
    if (districts.size() > 50) {
      throw new InvalidInputException("districts", "provider.error.tooLong");
    }
    String email = TypedText.clean(d.email(), 200, "email");
    if (email != null && !EMAIL.matcher(email).matches()) {
      throw new InvalidInputException("email", "provider.error.email");
    }
    String phone = TypedText.clean(d.phone(), 40, "phone");
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw new InvalidInputException("phone", "provider.error.phone");
    }
    if (d.safarOrgUnitId() != null) {
      boolean institution =
          orgUnits
              .find(d.safarOrgUnitId())
              .map(OrgUnit::kind)
              .filter(k -> k == OrgUnitKind.INSTITUTION)
              .isPresent();
      if (!institution) {
        throw new InvalidInputException("safarOrgUnitId", "provider.error.safarOrgUnit");
      }
    }
    return new ProviderDraft(
        d.orgUnitId(),
        name,
        d.kind(),
        EnumSet.copyOf(d.services()),
        List.copyOf(countries.stream().distinct().toList()),
        districts,
        languages.stream().distinct().toList(),
        TypedText.clean(d.address(), 500, "address"),
        phone,
        email,
        TypedText.clean(d.openingHours(), 200, "openingHours"),
        d.safarOrgUnitId(),
        d.active());
  }
}
