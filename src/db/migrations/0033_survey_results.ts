/**
 * Survey results by ethnic group: each submission keeps the ethnic group it counts under (the head of
 * the linked household, else the answered ethnic question), so results are filtered and cross-tabulated
 * by ethnic group in SQL. Earlier submissions take it from an answer named `dan_toc` or `ethnic` that
 * holds an ethnic group code.
 */
export const statements = [
  `ALTER TABLE survey_submission ADD COLUMN ethnic_code text REFERENCES ethnic_group(code)`,
  `UPDATE survey_submission s SET ethnic_code = e.code
     FROM ethnic_group e
    WHERE s.ethnic_code IS NULL
      AND e.code = COALESCE(
        (SELECT v #>> '{}' FROM jsonb_path_query(s.data, 'strict $.**.dan_toc') v LIMIT 1),
        (SELECT v #>> '{}' FROM jsonb_path_query(s.data, 'strict $.**.ethnic') v LIMIT 1))`,
  `CREATE INDEX survey_submission_ethnic ON survey_submission (form_id, ethnic_code)`,
];
