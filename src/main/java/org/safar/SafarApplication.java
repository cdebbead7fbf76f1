package org.safar;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Safar: software for Migrant Resource Centres and the programmes that run them. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class SafarApplication {

  /** The one clock, so tests can move time (lockouts, due dates) without sleeping. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  public static void main(String[] args) {
    SpringApplication.run(SafarApplication.class, args);
  }
}
