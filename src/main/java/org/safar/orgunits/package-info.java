/**
 * Org units: the network, countries (ISO 3166-1), the institutions and ministries in them, and the
 * MRCs those run. Scope — which org units a staff member may see — is computed here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Org units")
package org.safar.orgunits;
