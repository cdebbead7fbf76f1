package org.safar.dialogue;

import java.time.LocalDate;

/** A report, policy brief, study, toolkit or guideline produced under a project. */
public record KnowledgeProduct(
    long id,
    long projectId,
    String projectTitle,
    long orgUnitId,
    ProductKind kind,
    String title,
    LocalDate publishedOn,
    String link,
    String note,
    int version) {}
