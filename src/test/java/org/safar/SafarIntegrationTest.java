package org.safar;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The whole application on a random port, on a fresh embedded PostgreSQL with the demo data. Every
 * test class that uses this annotation shares one running application. Two-factor sign-in is
 * required of nobody here, so tests sign in as any demo account with its password alone; {@code
 * TwoFactorTests} runs its own application with the requirement on.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "safar.db.data-dir=target/test-data",
      "safar.db.clean-start=true",
      "safar.demo.enabled=true",
      "safar.security.max-failed-logins=3",
      "safar.security.sign-ins-per-address=10000",
      "safar.portal.forms-per-address=50",
      // the news tests serve a feed on loopback; NewsImportAddressTest checks the refusal
      "safar.news.import.allow-internal-addresses=true",
      "safar.security.two-factor.required-roles=",
      // monthly cells are built when a test asks (MonthlyCellsTests), not behind other tests' backs
      "safar.results.cells.initial-delay=PT24H",
      "spring.thymeleaf.cache=false"
    })
public @interface SafarIntegrationTest {}
