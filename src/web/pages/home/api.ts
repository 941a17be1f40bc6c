import { useQuery } from '@tanstack/react-query';
import { call, http } from '../../api/client.js';
import type { ReportStatus, Timeliness } from '../reporting/api.js';

// GET /api/overview declares no response schema yet: its answer is typed here until it does.
export interface OverviewPeriod {
  id: string;
  name: string;
  start: string;
  end: string;
  deadline: string;
}

export interface OverviewReport {
  dataSet: { code: string; name: string; nameEn: string | null; periodType: string };
  due: {
    period: OverviewPeriod;
    totals: {
      expected: number;
      reported: number;
      approved: number;
      onTime: number;
      late: number;
      missing: number;
      notDue: number;
      returned: number;
      completeness: number | null;
    };
    /** Set when the caller's area holds one reporting unit (a commune officer). */
    unit: {
      code: string;
      name: string;
      status: ReportStatus;
      timeliness: Timeliness;
      started: boolean;
      /** The province's comment when it returned the report for correction. */
      returnComment: string | null;
      decidedAt: string | null;
    } | null;
  };
  current: OverviewPeriod | null;
}

export interface Overview {
  date: string;
  register: { households: number; persons: number; openDuplicates: number; isDemo: boolean };
  /** Persons and households living in the area today, minority share and poverty rate of this year (percent, null without a denominator). */
  headline: {
    year: number;
    persons: number;
    households: number;
    minorityPersons: number;
    minorityShare: number | null;
    poorHouseholds: number;
    povertyRate: number | null;
  };
  reports: OverviewReport[];
}

/** The home page's figures (also asked for ahead, while the home page's files download: see firstPages.ts). */
export const overviewQuery = { queryKey: ['overview'], queryFn: () => call<Overview>(http.GET('/api/overview')), staleTime: 60_000 };

export const useOverview = () => useQuery(overviewQuery);
