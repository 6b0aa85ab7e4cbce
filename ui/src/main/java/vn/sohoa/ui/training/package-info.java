/**
 * Training on a phone and for the people who run it: "my learning" across all of a person's tenants, the lesson
 * player and quizzes (answers saved at every step), a tenant's course catalogue with self-enrolment, and the
 * training overview of a tenant and its children. Pages call the training services directly; a learner's pages
 * enter the tenant of the enrolment they show, found among the person's own enrolments.
 */
package vn.sohoa.ui.training;
