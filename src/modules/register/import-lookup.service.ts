/** What the register import's check and write read from the register (see import-lookup.repository). */
export { currentMembers, householdsByCode, memberById, personById, personsByCccd, povertyOf, registerEmpty } from './import-lookup.repository.js';
