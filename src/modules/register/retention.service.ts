/*
 * What the data-protection review (data-requests module) needs from the register: persons past a
 * retention period, and one person's commune for their access history. Imports only the register's
 * repositories, so any module may call it without an import cycle.
 */
export { deceasedBefore, deletedBefore, personHeader, type RetentionPerson } from './retention.repository.js';
