package org.safar.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says where Safar can be reached once it is ready. */
@Component
class StartupReport {

  private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

  @EventListener
  void ready(ApplicationReadyEvent event) {
    if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
      int port = web.getWebServer().getPort();
      String path = web.getEnvironment().getProperty("server.servlet.context-path", "");
      log.info("Safar is ready at http://localhost:{}{}/", port, path);
    }
  }
}
