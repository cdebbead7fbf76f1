package org.safar.referral.web;

import org.safar.referral.Referral;
import org.safar.referral.ReferralDraft;
import org.safar.referral.ServiceType;

/** The referral form as the browser sends it. */
public class ReferralForm {

  private Long providerId;
  private ServiceType service;
  private String reason;
  private boolean urgent;
  private int version;

  static ReferralForm of(Referral r) {
    ReferralForm f = new ReferralForm();
    f.providerId = r.providerId();
    f.service = r.service();
    f.reason = r.reason();
    f.urgent = r.urgent();
    f.version = r.version();
    return f;
  }

  ReferralDraft toDraft() {
    return new ReferralDraft(providerId, service, reason, urgent);
  }

  public Long getProviderId() {
    return providerId;
  }

  public void setProviderId(Long providerId) {
    this.providerId = providerId;
  }

  public ServiceType getService() {
    return service;
  }

  public void setService(ServiceType service) {
    this.service = service;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public boolean isUrgent() {
    return urgent;
  }

  public void setUrgent(boolean urgent) {
    this.urgent = urgent;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
