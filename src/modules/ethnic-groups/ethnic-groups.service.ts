/** What other modules may ask of the ethnic groups (the table is written only through here). */
export { countEthnicGroups, upsertEthnicGroups } from './ethnic-groups.repository.js';
