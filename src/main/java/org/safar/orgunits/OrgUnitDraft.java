package org.safar.orgunits;

import java.util.List;

/** What a person enters to create or change an org unit. */
public record OrgUnitDraft(
    Long parentId,
    OrgUnitKind kind,
    String code,
    String name,
    String countryCode,
    String address,
    String city,
    String hotline,
    String email,
    String openingHours,
    List<String> languages,
    boolean active) {}
