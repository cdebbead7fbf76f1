package org.safar.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An expert to deploy on an activity; empty dates mean the activity's own. */
public record DeploymentDraft(
    Long expertId, LocalDate startDate, LocalDate endDate, BigDecimal daysWorked) {}
