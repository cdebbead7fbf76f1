package org.safar.counselling;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param anonymiseAfter how long after a protected case is closed what identifies the person is
 *     removed (ISO-8601, e.g. {@code P24M}); counts stay
 */
@ConfigurationProperties("safar.protection")
record ProtectionSettings(@DefaultValue("P24M") Period anonymiseAfter) {

  ProtectionSettings {
    if (anonymiseAfter == null || anonymiseAfter.isNegative() || anonymiseAfter.isZero()) {
      throw new IllegalArgumentException(
          "safar.protection.anonymise-after must be a positive period such as P24M");
    }
  }
}
