// Kept so existing imports keep working; new code imports from schema.ts.
export type {
  DataValueTable,
  DataValueHistoryTable,
  ReportSubmissionTable,
  ReportSubmissionEventTable,
  DataValueClientSaveTable,
  SubmissionStatus,
  SubmissionAction,
} from './schema.js';
