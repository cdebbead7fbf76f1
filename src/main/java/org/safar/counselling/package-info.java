/**
 * The counselling desk: inquiries from every channel, client records, counselling sessions,
 * follow-ups and the client's intention before and after counselling. Every record belongs to an
 * MRC and is reached only within the user's scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Counselling desk")
package org.safar.counselling;
