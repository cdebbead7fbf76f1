package org.safar.orgunits.web;

import java.util.Arrays;
import java.util.List;
import org.safar.orgunits.OrgUnit;
import org.safar.orgunits.OrgUnitDraft;
import org.safar.orgunits.OrgUnitKind;

/** The org-unit form as the browser sends it; languages are typed as BCP 47 tags. */
class OrgUnitForm {

  private Long parentId;
  private OrgUnitKind kind;
  private String code;
  private String name;
  private String countryCode;
  private String address;
  private String city;
  private String hotline;
  private String email;
  private String openingHours;
  private String languages;
  private boolean active = true;
  private int version;

  static OrgUnitForm of(OrgUnit u) {
    OrgUnitForm f = new OrgUnitForm();
    f.parentId = u.parentId();
    f.kind = u.kind();
    f.code = u.code();
    f.name = u.name();
    f.countryCode = u.countryCode();
    f.address = u.address();
    f.city = u.city();
    f.hotline = u.hotline();
    f.email = u.email();
    f.openingHours = u.openingHours();
    f.languages = String.join(", ", u.languages());
    f.active = u.active();
    f.version = u.version();
    return f;
  }

  OrgUnitDraft toDraft() {
    List<String> tags =
        languages == null
            ? List.of()
            : Arrays.stream(languages.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    return new OrgUnitDraft(
        parentId,
        kind,
        code,
        name,
        countryCode,
        address,
        city,
        hotline,
        email,
        openingHours,
        tags,
        active);
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public OrgUnitKind getKind() {
    return kind;
  }

  public void setKind(OrgUnitKind kind) {
    this.kind = kind;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCountryCode() {
    return countryCode;
  }

  public void setCountryCode(String countryCode) {
    this.countryCode = countryCode;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getHotline() {
    return hotline;
  }

  public void setHotline(String hotline) {
    this.hotline = hotline;
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

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
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
