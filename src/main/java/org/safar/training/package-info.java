/**
 * Trainings and capacity building: trainings (alone or in a series) under a portfolio project, the
 * modules they cover, their participants (person by person, or head counts by sex), pre- and
 * post-test scores with the knowledge gain, and the cascade from a training of trainers to the
 * trainings its trainees deliver. Participants can be imported from a CSV file, all or nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trainings")
package org.safar.training;
