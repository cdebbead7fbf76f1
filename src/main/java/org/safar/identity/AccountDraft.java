package org.safar.identity;

import java.util.Set;

/** What an administrator enters for an account (the password is set separately). */
public record AccountDraft(
    String username, String displayName, String email, Set<Role> roles, Set<Long> orgUnitIds) {}
