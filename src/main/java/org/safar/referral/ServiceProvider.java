package org.safar.referral;

import java.util.List;
import java.util.Set;

/**
 * An organisation people can be referred to. {@code orgUnitId} is the unit that keeps the record
 * (its staff may change it); {@code safarOrgUnitId} is set when the provider works in Safar, and
 * its staff accounts are scoped to that unit.
 */
public record ServiceProvider(
    long id,
    long orgUnitId,
    String name,
    ProviderKind kind,
    Set<ServiceType> services,
    List<String> countries,
    List<String> districts,
    List<String> languages,
    String address,
    String phone,
    String email,
    String openingHours,
    Long safarOrgUnitId,
    boolean active,
    int version) {

  public ServiceProvider {
    services = Set.copyOf(services);
    countries = List.copyOf(countries);
    districts = List.copyOf(districts);
    languages = List.copyOf(languages);
  }

  public boolean usesSafar() {
    return safarOrgUnitId != null;
  }

  public boolean offers(ServiceType service) {
    return services.contains(service);
  }
}
