package org.safar.referral.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.safar.referral.ProviderDraft;
import org.safar.referral.ProviderKind;
import org.safar.referral.ServiceProvider;
import org.safar.referral.ServiceType;

/** The provider form as the browser sends it; districts and languages are typed as lists. */
public class ProviderForm {

  private Long orgUnitId;
  private String name;
  private ProviderKind kind;
  private Set<ServiceType> services = EnumSet.noneOf(ServiceType.class);
  private List<String> countries = new ArrayList<>();
  private String districts;
  private String languages;
  private String address;
  private String phone;
  private String email;
  private String openingHours;
  private Long safarOrgUnitId;
  private boolean active = true;
  private int version;

  static ProviderForm of(ServiceProvider p) {
    ProviderForm f = new ProviderForm();
    f.orgUnitId = p.orgUnitId();
    f.name = p.name();
    f.kind = p.kind();
    f.services =
        p.services().isEmpty() ? EnumSet.noneOf(ServiceType.class) : EnumSet.copyOf(p.services());
    f.countries = new ArrayList<>(p.countries());
    f.districts = String.join(", ", p.districts());
    f.languages = String.join(", ", p.languages());
    f.address = p.address();
    f.phone = p.phone();
    f.email = p.email();
    f.openingHours = p.openingHours();
    f.safarOrgUnitId = p.safarOrgUnitId();
    f.active = p.active();
    f.version = p.version();
    return f;
  }

  ProviderDraft toDraft() {
    return new ProviderDraft(
        orgUnitId,
        name,
        kind,
        services,
        countries,
        split(districts),
        split(languages).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList(),
        address,
        phone,
        email,
        openingHours,
        safarOrgUnitId,
        active);
  }

  /** "Savar, Dhaka North" → [Savar, Dhaka North]; commas, semicolons and new lines separate. */
  private static List<String> split(String typed) {
    if (typed == null) {
      return List.of();
    }
    return Arrays.stream(typed.split("[,;\\n]"))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .toList();
  }

  public Long getOrgUnitId() {
    return orgUnitId;
  }

  public void setOrgUnitId(Long orgUnitId) {
    this.orgUnitId = orgUnitId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public ProviderKind getKind() {
    return kind;
  }

  public void setKind(ProviderKind kind) {
    this.kind = kind;
  }

  public Set<ServiceType> getServices() {
    return services;
  }

  public void setServices(Set<ServiceType> services) {
    this.services = services;
  }

  public List<String> getCountries() {
    return countries;
  }

  public void setCountries(List<String> countries) {
    this.countries = countries;
  }

  public String getDistricts() {
    return districts;
  }

  public void setDistricts(String districts) {
    this.districts = districts;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getOpeningHours() {
    return openingHours;
  }

  public void setOpeningHours(String openingHours) {
    this.openingHours = openingHours;
  }

  public Long getSafarOrgUnitId() {
    return safarOrgUnitId;
  }

  public void setSafarOrgUnitId(Long safarOrgUnitId) {
    this.safarOrgUnitId = safarOrgUnitId;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
