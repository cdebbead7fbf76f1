package org.safar.equipment;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Items handed over to a partner institution; the total is quantity × unit value, when known. */
public record Handover(
    long id,
    long projectId,
    String projectTitle,
    long orgUnitId,
    String orgUnitName,
    EquipmentKind kind,
    String description,
    int quantity,
    BigDecimal unitValue,
    String currency,
    BigDecimal totalValue,
    LocalDate handedOverOn,
    String recipient,
    String purpose,
    int version) {}
