/**
 * The results engine: results frameworks per project (impact → outcomes → outputs → indicators),
 * indicators defined once over the records of other modules and computed from them when asked,
 * disaggregated by the vocabularies, with targets, baselines, manual values, dashboards, a public
 * programme view with small-cell suppression and a JSON API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Results")
package org.safar.results;
