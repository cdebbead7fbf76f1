/**
 * The registry of licensed recruitment agencies, per country, kept from the official lists: staff
 * import a list (CSV or XLSX) after a preview of what it adds, changes and removes, all or nothing;
 * the public checks an agency on the portal ({@code /portal/agencies}) and can report one, which
 * becomes a grievance in an MRC's inbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recruitment agencies")
package org.safar.agencies;
