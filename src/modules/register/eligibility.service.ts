/**
 * The register filtered by a tree of conditions as of a day: what eligibility rules of the
 * beneficiaries module are evaluated with (they build the tree; the register turns it into SQL).
 */
export {
  countEligible,
  eligibleEntries,
  eligibleRows,
  HOUSEHOLD_COLUMNS,
  PERSON_COLUMNS,
  type EligibilityQuery,
  type EligibleRow,
  type RegisterColumn,
  type RegisterFilter,
  type RegisterLeaf,
  type RegisterOp,
  type Scalar,
} from './eligibility.repository.js';
