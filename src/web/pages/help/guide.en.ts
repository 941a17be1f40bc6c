import type { Guide } from './guide.vi.js';

/** The user guide in English (shorter than the Vietnamese one). */
export const GUIDE_EN: Guide = {
  title: 'User guide',
  intro:
    'The main tasks step by step. The “Help” button at the top of each page opens that page’s section. The glossary at the end gives the one name used for each thing.',
  sections: {
    'sign-in': {
      title: 'Signing in and two-step verification',
      steps: [
        'Enter your username and password and press “Sign in”.',
        'With two-step verification on, enter the 6-digit code from the authenticator app, or a recovery code.',
        'To turn it on: your name (top right) → “Account security” → “Turn on two-step verification”; scan the QR code and confirm with a code. Keep the recovery codes safe.',
        'Change your password from the same menu; sign out when you are done.',
      ],
    },
    home: {
      title: 'Home page',
      intro: 'Your area’s households, persons, duplicate pairs, the reports due, returned reports with the province’s comment, and quick links.',
    },
    'find-household': {
      title: 'Finding a household',
      steps: [
        '“Households” in the menu; search by head’s name, household code or ID number (no accents needed).',
        'Narrow by commune, village, ethnic group or “More filters”; open a household by its code.',
      ],
    },
    'add-household': {
      title: 'Adding a household and its members',
      steps: ['“Households” → “Add household”.', 'Fill in the household, its living conditions and its members (the head first), then save.'],
    },
    'life-event': {
      title: 'Recording a life event',
      steps: [
        'On the household card press “Record event” and pick birth, death, move in/out, split, merge or change of head.',
        'Give the date and the persons, then save.',
      ],
    },
    persons: { title: 'Persons', steps: ['“Persons” in the menu; state a purpose before opening a person’s record (it is logged).'] },
    import: {
      title: 'Importing the register from Excel',
      steps: [
        '“Register import” → download the template (.xlsx).',
        'Fill it in (column names are the screen’s field names; files with the former column names still import).',
        'Choose the file, press “Dry run”, fix the errors listed in the error report, then “Import”.',
      ],
    },
    duplicates: {
      title: 'Resolving duplicates',
      steps: ['“Duplicate persons” lists proposed pairs with the reason.', '“Merge” keeps one person; “Not a duplicate” records that they differ.'],
    },
    profile: { title: 'Area profile', steps: ['Choose a unit, a date and a poverty year; press “Print” for an A4 copy.'] },
    'report-entry': {
      title: 'Entering and submitting a periodic report',
      steps: [
        '“Periodic reports” → “Data entry”; choose form, unit and period.',
        'Type the values (each cell saves at once); “Validate” lists rule problems.',
        '“Submit report” and confirm; it is refused while a cell is rejected or unsaved.',
      ],
    },
    approve: { title: 'Approving or returning', steps: ['Open a submitted report from “Completeness”; “Approve”, or “Return” with a comment.'] },
    completeness: { title: 'Completeness and chasing', steps: ['Choose form and period; the “To chase” list holds the overdue units.'] },
    totals: { title: 'Totals', steps: ['Choose form, period, unit and data elements; before 1 July 2025 choose old or current units and the split rule.'] },
    dhis2: { title: 'DHIS2 exchange', steps: ['Import or export data value sets (JSON, CSV, XML, ADX); always dry-run first.'] },
    'report-metadata': { title: 'Report metadata', steps: ['Administrators define forms, data elements, categories, periods and validation rules.'] },
    'users-areas': { title: 'Users and areas', steps: ['“Users” → “Add user”: username, name, role, area (scope), language and a first password.'] },
    catalogues: { title: 'Reference lists', steps: ['Ethnic groups, administrative units (by date), villages, area classifications and boundary maps.'] },
    audit: {
      title: 'Audit and access logs',
      steps: [
        'Who changed what and when; who viewed which person’s record and why.',
        'Data-use requests: another agency or a researcher asks for fields, area, period, purpose, legal basis and retention; a provincial officer or administrator approves or refuses with a reason; the requester downloads only the approved fields, while the approval lasts.',
        'Data-protection report: who read or exported which data under which request; one person’s access history; data past its retention.',
      ],
    },
    print: {
      title: 'Printing',
      steps: [
        'Household card, area profile and lists have a “Print” button: A4, no menu or header, a title block with unit and date, signature lines.',
        'A list prints the filtered rows; when there are more rows than shown you may print all, up to 500.',
      ],
    },
  },
  glossary: {
    title: 'Glossary',
    intro: 'One name for each thing, on screen, in templates, printouts and documents.',
    terms: [
      { term: 'Synthetic data (Dữ liệu mô phỏng)', meaning: 'Generated households and figures for training; never real people or official figures.' },
      { term: 'Register (Sổ hộ)', meaning: 'The households and persons of an area.' },
      { term: 'Household, head, member (Hộ, chủ hộ, thành viên)', meaning: 'A household has a code, exactly one head and its members.' },
      { term: 'Life event (Sự kiện)', meaning: 'Birth, death, move in, move out, split, merge, change of head.' },
      { term: 'Scope (Phạm vi)', meaning: 'The unit a user is assigned; lists show only data inside it.' },
      { term: 'Administrative unit (Đơn vị hành chính)', meaning: 'Province; commune, ward or special zone (from 1 July 2025); districts existed before.' },
      {
        term: 'Form, data element, disaggregation (Biểu mẫu, chỉ tiêu, phân tổ)',
        meaning: 'A periodic report, one of its figures, and how a figure is broken down.',
      },
      { term: 'Submit, approve, return (Nộp, duyệt, trả lại)', meaning: 'The commune sends; the province accepts (locks) or sends back with a comment.' },
      { term: 'Completeness, timeliness (Tỷ lệ nộp, tỷ lệ đúng hạn)', meaning: 'Share of units that reported (on time), e.g. 0.7%.' },
      { term: 'Dry run (Kiểm tra thử)', meaning: 'Reads and checks a file without writing anything.' },
    ],
  },
};
