/**
 * Technical assistance: actions requested by government institutions, their missions, workshops,
 * trainings and study visits, the roster of experts deployed to them, and the deliverables (laws,
 * strategies, handbooks, …) an action produces. Each action sits under a portfolio project and is
 * kept by an org unit, which decides who sees it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Technical assistance")
package org.safar.assistance;
