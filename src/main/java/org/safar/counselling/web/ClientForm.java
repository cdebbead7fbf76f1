package org.safar.counselling.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.safar.counselling.AgeBand;
import org.safar.counselling.Client;
import org.safar.counselling.ClientDraft;
import org.safar.counselling.ConsentMethod;
import org.safar.counselling.MigrantStatus;
import org.safar.counselling.Sex;
import org.springframework.format.annotation.DateTimeFormat;

/** The client form as the browser sends it. */
public class ClientForm {

  private Long mrcId;
  private Long inquiryId;
  private String fullName;
  private String pseudonym;
  private Sex sex = Sex.UNKNOWN;
  private Integer birthYear;
  private AgeBand ageBand;
  private String phone;
  private String district;
  private MigrantStatus migrantStatus;
  private String destinationCountry;
  private String languages;
  private boolean consentStore;
  private boolean consentContact;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate consentGivenOn;

  private ConsentMethod consentMethod;
  private boolean notDuplicate;
  private int version;

  static ClientForm of(Client c) {
    ClientForm f = new ClientForm();
    f.mrcId = c.mrcId();
    f.fullName = c.fullName();
    f.pseudonym = c.pseudonym();
    f.sex = c.sex();
    f.birthYear = c.birthYear();
    f.ageBand = c.ageBand();
    f.phone = c.phone();
    f.district = c.district();
    f.migrantStatus = c.migrantStatus();
    f.destinationCountry = c.destinationCountry();
    f.languages = String.join(", ", c.languages());
    f.consentStore = c.consentStore();
    f.consentContact = c.consentContact();
    f.consentGivenOn = c.consentGivenOn();
    f.consentMethod = c.consentMethod();
    f.version = c.version();
    return f;
  }

  ClientDraft toDraft() {
    List<String> tags =
        languages == null
            ? List.of()
            : Arrays.stream(languages.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
    return new ClientDraft(
        mrcId == null ? -1 : mrcId,
        fullName,
        pseudonym,
        sex,
        birthYear,
        ageBand,
        phone,
        district,
        migrantStatus,
        destinationCountry,
        tags,
        consentStore,
        consentContact,
        consentGivenOn,
        consentMethod);
  }

  public Long getMrcId() {
    return mrcId;
  }

  public void setMrcId(Long mrcId) {
    this.mrcId = mrcId;
  }

  public Long getInquiryId() {
    return inquiryId;
  }

  public void setInquiryId(Long inquiryId) {
    this.inquiryId = inquiryId;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public String getPseudonym() {
    return pseudonym;
  }

  public void setPseudonym(String pseudonym) {
    this.pseudonym = pseudonym;
  }

  public Sex getSex() {
    return sex;
  }

  public void setSex(Sex sex) {
    this.sex = sex;
  }

  public Integer getBirthYear() {
    return birthYear;
  }

  public void setBirthYear(Integer birthYear) {
    this.birthYear = birthYear;
  }

  public AgeBand getAgeBand() {
    return ageBand;
  }

  public void setAgeBand(AgeBand ageBand) {
    this.ageBand = ageBand;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getDistrict() {
    return district;
  }

  public void setDistrict(String district) {
    this.district = district;
  }

  public MigrantStatus getMigrantStatus() {
    return migrantStatus;
  }

  public void setMigrantStatus(MigrantStatus migrantStatus) {
    this.migrantStatus = migrantStatus;
  }

  public String getDestinationCountry() {
    return destinationCountry;
  }

  public void setDestinationCountry(String destinationCountry) {
    this.destinationCountry = destinationCountry;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public boolean isConsentStore() {
    return consentStore;
  }

  public void setConsentStore(boolean consentStore) {
    this.consentStore = consentStore;
  }

  public boolean isConsentContact() {
    return consentContact;
  }

  public void setConsentContact(boolean consentContact) {
    this.consentContact = consentContact;
  }

  public LocalDate getConsentGivenOn() {
    return consentGivenOn;
  }

  public void setConsentGivenOn(LocalDate consentGivenOn) {
    this.consentGivenOn = consentGivenOn;
  }

  public ConsentMethod getConsentMethod() {
    return consentMethod;
  }

  public void setConsentMethod(ConsentMethod consentMethod) {
    this.consentMethod = consentMethod;
  }

  public boolean isNotDuplicate() {
    return notDuplicate;
  }

  public void setNotDuplicate(boolean notDuplicate) {
    this.notDuplicate = notDuplicate;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
