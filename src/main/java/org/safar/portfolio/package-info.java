/**
 * The portfolio: programmes, their projects and components, with donors, implementers, countries
 * and dates. Later work records activities and results under these.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio")
package org.safar.portfolio;
