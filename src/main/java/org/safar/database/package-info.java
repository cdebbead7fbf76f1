/**
 * Where Safar's PostgreSQL comes from: an embedded PostgreSQL 17 kept in the data folder by
 * default, or an external server when {@code SAFAR_DB_URL} (or {@code spring.datasource.url}) is
 * set.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.safar.database;
