package org.safar.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxFailedLogins failed sign-ins in a row that lock an account
 * @param lockout how long a locked account stays locked
 * @param signInsPerAddress sign-in attempts one network address may make per window
 * @param signInWindow the window for {@code signInsPerAddress}
 */
@ConfigurationProperties("safar.security")
record SecuritySettings(
    @DefaultValue("5") int maxFailedLogins,
    @DefaultValue("15m") Duration lockout,
    @DefaultValue("20") int signInsPerAddress,
    @DefaultValue("5m") Duration signInWindow) {}
