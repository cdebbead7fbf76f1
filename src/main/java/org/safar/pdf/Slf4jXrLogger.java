package org.safar.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * openhtmltopdf's remarks in the application's log: warnings and errors as such, its running
 * commentary (fonts loaded, time taken) at debug level only.
 */
final class Slf4jXrLogger implements XRLogger {

  @Override
  public void log(String where, Level level, String message) {
    log(where, level, message, null);
  }

  @Override
  public void log(String where, Level level, String message, Throwable error) {
    Logger log = LoggerFactory.getLogger(where);
    int l = level.intValue();
    if (l >= Level.SEVERE.intValue()) {
      log.error(message, error);
    } else if (l >= Level.WARNING.intValue()) {
      log.warn(message, error);
    } else if (l >= Level.INFO.intValue()) {
      log.debug(message, error);
    } else {
      log.trace(message, error);
    }
  }

  @Override
  public void setLevel(String logger, Level level) {
    // levels are set in the application's logging configuration
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Logger log = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
    int l = diagnostic.getLevel().intValue();
    return l >= Level.WARNING.intValue()
        || (l >= Level.INFO.intValue() ? log.isDebugEnabled() : log.isTraceEnabled());
  }
}
