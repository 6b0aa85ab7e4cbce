/**
 * Training: courses made once and shared down the province, published in versions, enrolled in by
 * oneself or by assignment rules, learned lesson by lesson on a phone, with quizzes and completion
 * recorded at once.
 */
package vn.sohoa.platform.training;
