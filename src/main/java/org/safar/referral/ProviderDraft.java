package org.safar.referral;

import java.util.List;
import java.util.Set;

/** A provider as typed on the form, before it is checked. */
public record ProviderDraft(
    Long orgUnitId,
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
    boolean active) {}
