package org.safar.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Database settings. {@code url}, {@code user} and {@code password} come from {@code SAFAR_DB_URL},
 * {@code SAFAR_DB_USER} and {@code SAFAR_DB_PASSWORD} (relaxed binding of {@code safar.db.*}); when
 * no URL is set anywhere, Safar starts its own embedded PostgreSQL.
 *
 * @param url JDBC URL of an external PostgreSQL
 * @param user user name for the external PostgreSQL
 * @param password password for the external PostgreSQL
 * @param dataDir the folder that holds the embedded database's files
 * @param embeddedPort port of the embedded PostgreSQL; 0 picks a free one at each start
 * @param cleanStart wipe the embedded database at start (tests only)
 * @param poolSize maximum connections in the pool
 */
@ConfigurationProperties("safar.db")
public record DatabaseSettings(
    String url,
    String user,
    String password,
    @DefaultValue("./data") Path dataDir,
    @DefaultValue("0") int embeddedPort,
    @DefaultValue("false") boolean cleanStart,
    @DefaultValue("10") int poolSize) {

  boolean external() {
    return url != null && !url.isBlank();
  }
}
