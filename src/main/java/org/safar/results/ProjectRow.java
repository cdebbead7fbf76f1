package org.safar.results;

import java.time.LocalDate;

/** A project (or component) in the results list, with its framework if it has one. */
public record ProjectRow(
    long programmeId,
    String code,
    String title,
    String parentTitle,
    Long frameworkId,
    LocalDate startsOn,
    LocalDate endsOn,
    int indicators) {}
