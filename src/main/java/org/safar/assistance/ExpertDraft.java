package org.safar.assistance;

import java.util.List;
import java.util.Set;

/** What is typed for an expert, before it is checked. */
public record ExpertDraft(
    Long ownerOrgUnitId,
    String fullName,
    String employer,
    EmployerKind employerKind,
    String nationality,
    Set<ActionTheme> expertise,
    List<String> languages,
    String email) {}
