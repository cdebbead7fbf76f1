package org.safar.assistance;

import java.time.LocalDate;
import java.util.List;

/** What is typed for an action, before it is checked. */
public record ActionDraft(
    Long projectId,
    Long ownerOrgUnitId,
    String title,
    List<String> countryCodes,
    String requestingInstitution,
    ActionTheme theme,
    LocalDate requestedOn,
    ActionStatus status,
    LocalDate startDate,
    LocalDate endDate,
    String summary) {}
