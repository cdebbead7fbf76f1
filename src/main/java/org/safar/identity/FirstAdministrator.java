package org.safar.identity;

import java.util.EnumSet;
import java.util.Set;
import org.safar.orgunits.OrgUnits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside demo mode Safar ships no password: the first administrator comes from {@code
 * safar.admin.username} and {@code safar.admin.password} (environment, configuration or the command
 * line). With no account and no such setting, start-up says how to create one.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FirstAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  static final String HOW_TO =
      "No staff account exists yet. Create the first administrator by starting Safar once with"
          + " --safar.admin.username=NAME --safar.admin.password=PASSWORD (or the environment"
          + " variables SAFAR_ADMIN_USERNAME and SAFAR_ADMIN_PASSWORD); the password needs at"
          + " least 12 characters.";

  private final Accounts accounts;
  private final OrgUnits orgUnits;
  private final String username;
  private final String password;

  FirstAdministrator(
      Accounts accounts,
      OrgUnits orgUnits,
      @Value("${safar.admin.username:}") String username,
      @Value("${safar.admin.password:}") String password) {
    this.accounts = accounts;
    this.orgUnits = orgUnits;
    this.username = username;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (accounts.count() > 0) {
      if (!username.isBlank()) {
        log.info("Accounts exist already; safar.admin.username is ignored.");
      }
      return;
    }
    if (username.isBlank() || password.isBlank()) {
      log.warn(HOW_TO);
      return;
    }
    try {
      accounts.createInitial(
          new AccountDraft(
              username,
              "Administrator",
              null,
              EnumSet.of(Role.ADMINISTRATOR),
              Set.of(orgUnits.network().id())),
          password);
      log.info("Created the first administrator '{}'.", username);
    } catch (InvalidAccountException e) {
      log.error(
          "The first administrator could not be created: {} is not acceptable ({}). {}",
          e.field(),
          e.messageKey(),
          HOW_TO);
    }
  }
}
