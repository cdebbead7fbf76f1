package org.safar.referral;

import org.safar.orgunits.OrgUnit;

/**
 * What the printable referral form for a provider outside Safar says: the referral, the MRC that
 * sent it (to return the answer to), the provider, and the client's details exactly as they were
 * shared when the referral was sent. Nothing here is read from the client record.
 */
public record PrintableReferral(
    Referral referral, OrgUnit mrc, ServiceProvider provider, Shared shared) {}
