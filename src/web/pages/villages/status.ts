import type { VillageStatus } from '../../api/types.js';

/** Tag colour of each village status. */
export const STATUS_COLORS: Record<VillageStatus, string> = { active: 'green', inactive: 'default', merged: 'purple' };
