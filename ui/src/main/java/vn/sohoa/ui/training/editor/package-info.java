/**
 * The course editor of trainers and tenant administrators, at {@code /t/{code}/training/courses…}: the tenant's own
 * courses, a course's settings, its draft content (sections of text, video and quiz lessons, the question bank),
 * publishing it as version N and the versions published; and the province's skills framework. Every change is
 * saved at once as the whole draft, with the course's version, through the same services as the API.
 */
package vn.sohoa.ui.training.editor;
