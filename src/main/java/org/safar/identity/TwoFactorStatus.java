package org.safar.identity;

import java.time.Instant;

/**
 * What a person's account page says about two-factor sign-in.
 *
 * @param enabled whether sign-in asks for an authenticator code
 * @param required whether the account's roles require it (then it cannot be turned off)
 * @param enabledAt when it was switched on; null when off
 * @param recoveryCodesLeft unused recovery codes
 */
public record TwoFactorStatus(
    boolean enabled, boolean required, Instant enabledAt, int recoveryCodesLeft) {}
