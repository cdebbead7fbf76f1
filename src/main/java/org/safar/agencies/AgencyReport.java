package org.safar.agencies;

/**
 * What a visitor reports about an agency on the portal.
 *
 * @param agency the agency's name or licence number as the visitor gives it
 * @param agencyId the registry's agency, when the report starts from its page; else null
 * @param language the portal language the visitor wrote in (a BCP 47 tag)
 */
public record AgencyReport(
    String agency,
    Long agencyId,
    String whatHappened,
    long mrcId,
    String language,
    String contactName,
    String contactPhone,
    String contactEmail) {}
