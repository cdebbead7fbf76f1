/**
 * Outreach and awareness: campaigns (objective, audiences, channels, dates, materials) under a
 * project and an org unit, and events (community meetings, workshops with religious leaders,
 * courtyard meetings, school sessions, media programmes, social-media posts, sports or cultural
 * events) with attendance by sex and age band. Reach, the non-unique contacts of media and
 * social-media work, is kept apart and never added to persons.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outreach and awareness")
package org.safar.outreach;
