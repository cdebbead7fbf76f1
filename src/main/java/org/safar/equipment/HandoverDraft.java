package org.safar.equipment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A handover as typed. */
public record HandoverDraft(
    Long projectId,
    Long orgUnitId,
    EquipmentKind kind,
    String description,
    Integer quantity,
    BigDecimal unitValue,
    String currency,
    LocalDate handedOverOn,
    String recipient,
    String purpose) {}
