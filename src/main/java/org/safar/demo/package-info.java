/**
 * Demo data for {@code ./mvnw spring-boot:run}: the seven MRCs and their ministries, the programmes
 * from the reference documents, and one account per role. It loads only in demo mode and only into
 * a database that holds nothing but the network root.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.safar.demo;
