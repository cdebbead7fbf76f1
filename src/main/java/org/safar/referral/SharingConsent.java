package org.safar.referral;

import java.time.LocalDate;
import java.util.Set;

/**
 * A client's consent to have their details shared with providers of some kinds of service, what may
 * be shared, and until when.
 */
public record SharingConsent(
    long id,
    long clientId,
    Set<ServiceType> services,
    boolean shareName,
    boolean sharePhone,
    boolean shareDetails,
    LocalDate givenOn,
    LocalDate expiresOn,
    String method,
    LocalDate withdrawnOn) {

  public SharingConsent {
    services = Set.copyOf(services);
  }

  /** In force on that day for that kind of service. */
  public boolean covers(ServiceType service, LocalDate day) {
    return withdrawnOn == null
        && !givenOn.isAfter(day)
        && !expiresOn.isBefore(day)
        && services.contains(service);
  }

  public boolean expiredOn(LocalDate day) {
    return expiresOn.isBefore(day);
  }
}
