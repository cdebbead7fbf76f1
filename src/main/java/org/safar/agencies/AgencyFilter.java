package org.safar.agencies;

/** The staff list's search and filters; any may be null. */
public record AgencyFilter(String text, String countryCode, AgencyStatus status) {}
