/**
 * Staff accounts and signing in: roles, org-unit scope, hashed passwords, two-factor sign-in with
 * an authenticator app and recovery codes, lockout after repeated failures, sessions in PostgreSQL,
 * and the administrator's account management.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.safar.identity;
