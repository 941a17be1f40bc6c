/** What the routes and other modules may ask of the ethnic groups (the table is written only through here); plain reads hand over to the repository. */
export { countEthnicGroups, findEthnicGroup, listEthnicGroups, upsertEthnicGroups } from './ethnic-groups.repository.js';
