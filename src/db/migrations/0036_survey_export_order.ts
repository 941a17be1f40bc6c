/**
 * Exports and summaries read a form's submissions 500 at a time in id order (each batch after the last
 * id of the one before). The list index (form, unit, id) serves a page of one unit; across the units of
 * an area the database had to gather and sort every matching submission again for each batch, which made
 * an export of 100,000 submissions quadratic whenever the planner lacked fresh statistics.
 */
export const statements: string[] = [`CREATE INDEX survey_submission_form_order ON survey_submission (form_id, id)`];
