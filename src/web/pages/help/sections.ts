/** The user guide's sections and the pages each one explains (the help button opens the page's section). */
export const HELP_SECTIONS = [
  { id: 'sign-in', paths: ['/account', '/login', '/setup'] },
  { id: 'home', paths: ['/'] },
  { id: 'find-household', paths: ['/households'] },
  { id: 'add-household', paths: [] },
  { id: 'life-event', paths: ['/households/'] },
  { id: 'persons', paths: ['/persons'] },
  { id: 'import', paths: ['/register/import'] },
  { id: 'duplicates', paths: ['/register/duplicates'] },
  { id: 'profile', paths: ['/register/profile'] },
  { id: 'report-entry', paths: ['/reporting/entry'] },
  { id: 'approve', paths: [] },
  { id: 'completeness', paths: ['/reporting/completeness'] },
  { id: 'totals', paths: ['/reporting/aggregate'] },
  { id: 'dhis2', paths: ['/reporting/exchange'] },
  { id: 'report-metadata', paths: ['/reporting/metadata', '/reporting/forms'] },
  { id: 'users-areas', paths: ['/users'] },
  { id: 'catalogues', paths: ['/ethnic-groups', '/admin-units', '/villages', '/classifications', '/boundaries'] },
  { id: 'audit', paths: ['/audit', '/access-log', '/data-requests', '/data-protection'] },
  { id: 'print', paths: [] },
  { id: 'glossary', paths: ['/help'] },
] as const;

export type HelpSectionId = (typeof HELP_SECTIONS)[number]['id'];

/** The guide's section for a page: the longest matching path wins ("/households/12" → life events). */
export function helpSectionFor(pathname: string): HelpSectionId {
  let best: { id: HelpSectionId; len: number } = { id: 'home', len: 0 };
  for (const s of HELP_SECTIONS)
    for (const p of s.paths as readonly string[]) {
      const hit =
        p === '/' ? pathname === '/' : p.endsWith('/') ? pathname.startsWith(p) && pathname.length > p.length : pathname === p || pathname.startsWith(`${p}/`);
      if (hit && p.length > best.len) best = { id: s.id, len: p.length };
    }
  return best.id;
}
