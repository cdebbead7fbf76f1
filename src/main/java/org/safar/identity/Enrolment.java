package org.safar.identity;

/**
 * An authenticator being set up, before its first code confirms it.
 *
 * @param secret the secret in Base32, in groups of four for typing into an app by hand
 * @param otpauthUri what the QR code holds, for apps that open links
 * @param qrCode the QR code as a {@code data:} image
 * @param token the secret encrypted for this account, carried by the form until confirmed (so the
 *     unconfirmed secret is kept nowhere, not even in the session)
 */
public record Enrolment(String secret, String otpauthUri, String qrCode, String token) {}
