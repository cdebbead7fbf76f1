/**
 * Disclosure control: every count shown outside a case team (dashboards, reports, exports) passes
 * through here before it leaves the server, so that no small group of clients can be singled out,
 * neither from a cell nor by working it out from the totals beside it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Disclosure control")
package org.safar.disclosure;
