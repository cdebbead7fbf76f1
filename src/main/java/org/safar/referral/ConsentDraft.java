package org.safar.referral;

import java.time.LocalDate;
import java.util.Set;

/** A sharing consent as typed. */
public record ConsentDraft(
    Set<ServiceType> services,
    boolean shareName,
    boolean sharePhone,
    boolean shareDetails,
    LocalDate givenOn,
    LocalDate expiresOn,
    String method) {}
