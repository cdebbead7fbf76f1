package org.safar.identity;

/** A staff member as other modules show them: who, by name. */
public record StaffMember(long id, String displayName) {}
