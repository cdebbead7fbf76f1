package org.safar.referral.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.safar.referral.ConsentDraft;
import org.safar.referral.ServiceType;
import org.springframework.format.annotation.DateTimeFormat;

/** A sharing consent as the browser sends it; by default it runs for a year. */
public class ConsentForm {

  private Set<ServiceType> services = EnumSet.noneOf(ServiceType.class);
  private boolean shareName = true;
  private boolean sharePhone = true;
  private boolean shareDetails;

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate givenOn = LocalDate.now();

  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
  private LocalDate expiresOn = LocalDate.now().plusYears(1);

  private String method = "VERBAL";

  ConsentDraft toDraft() {
    return new ConsentDraft(
        services, shareName, sharePhone, shareDetails, givenOn, expiresOn, method);
  }

  public Set<ServiceType> getServices() {
    return services;
  }

  public void setServices(Set<ServiceType> services) {
    this.services = services;
  }

  public boolean isShareName() {
    return shareName;
  }

  public void setShareName(boolean shareName) {
    this.shareName = shareName;
  }

  public boolean isSharePhone() {
    return sharePhone;
  }

  public void setSharePhone(boolean sharePhone) {
    this.sharePhone = sharePhone;
  }

  public boolean isShareDetails() {
    return shareDetails;
  }

  public void setShareDetails(boolean shareDetails) {
    this.shareDetails = shareDetails;
  }

  public LocalDate getGivenOn() {
    return givenOn;
  }

  public void setGivenOn(LocalDate givenOn) {
    this.givenOn = givenOn;
  }

  public LocalDate getExpiresOn() {
    return expiresOn;
  }

  public void setExpiresOn(LocalDate expiresOn) {
    this.expiresOn = expiresOn;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }
}
