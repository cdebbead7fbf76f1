package org.safar.dialogue;

/** How many people came from one country for one type of organisation. */
public record Participation(String countryCode, OrganisationType organisationType, int people) {}
