package org.safar.equipment;

import java.util.Locale;

/** What kind of item was handed over. */
public enum EquipmentKind {
  VEHICLE,
  MOTORBIKE,
  LAPTOP,
  PPE,
  SCREENING_SYSTEM,
  SOLAR_EQUIPMENT,
  OTHER;

  public String messageKey() {
    return "vocab.equipmentKind." + name().toLowerCase(Locale.ROOT);
  }
}
