package org.safar.agencies.web;

import org.safar.agencies.AgencyReport;
import org.springframework.validation.Errors;

/** The portal's short form for reporting an agency. */
public class AgencyReportForm {

  static final int MAX_AGENCY = 300;
  static final int MAX_TEXT = 4000;

  private String agency;
  private Long agencyId;
  private String whatHappened;
  private Long mrcId;
  private String contactName;
  private String contactPhone;
  private String contactEmail;
  private String website;

  /** Checks every field, so the visitor sees every problem at once, in the page's language. */
  void validate(Errors errors, java.util.Set<Long> mrcs) {
    required(errors, "agency", agency, MAX_AGENCY);
    required(errors, "whatHappened", whatHappened, MAX_TEXT);
    if (mrcId == null || !mrcs.contains(mrcId)) {
      errors.rejectValue("mrcId", "portal.report.error.mrc");
    }
    optional(errors, "contactName", contactName, 200);
    optional(errors, "contactPhone", contactPhone, 40);
    optional(errors, "contactEmail", contactEmail, 200);
    if (contactEmail != null
        && !contactEmail.isBlank()
        && !contactEmail.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      errors.rejectValue("contactEmail", "portal.report.error.email");
    }
  }

  private static void required(Errors errors, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.rejectValue(field, "portal.report.error.empty");
    } else {
      optional(errors, field, value, max);
    }
  }

  private static void optional(Errors errors, String field, String value, int max) {
    if (value != null && value.strip().length() > max) {
      errors.rejectValue(field, "portal.report.error.tooLong", new Object[] {max}, null);
    }
  }

  AgencyReport toReport(String language) {
    return new AgencyReport(
        agency, agencyId, whatHappened, mrcId, language, contactName, contactPhone, contactEmail);
  }

  public String getAgency() {
    return agency;
  }

  public void setAgency(String agency) {
    this.agency = agency;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(Long agencyId) {
    this.agencyId = agencyId;
  }

  public String getWhatHappened() {
    return whatHappened;
  }

  public void setWhatHappened(String whatHappened) {
    this.whatHappened = whatHappened;
  }

  public Long getMrcId() {
    return mrcId;
  }

  public void setMrcId(Long mrcId) {
    this.mrcId = mrcId;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
