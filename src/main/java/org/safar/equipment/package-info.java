/**
 * Equipment handovers: vehicles, motorbikes, laptops, PPE, screening systems, solar equipment and
 * other items given to partner institutions under a project, with quantity, value, date, recipient
 * and purpose.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Equipment handovers")
package org.safar.equipment;
