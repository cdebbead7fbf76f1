package org.safar.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What is typed for an activity, before it is checked. */
public record ActivityDraft(
    ActivityKind kind,
    String title,
    LocalDate startDate,
    LocalDate endDate,
    String place,
    String hostCountry,
    Integer women,
    Integer men,
    Integer otherSex,
    BigDecimal preTestScore,
    BigDecimal postTestScore,
    String notes) {}
