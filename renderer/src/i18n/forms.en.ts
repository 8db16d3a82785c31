import type { FormsMessages } from './forms.id';

export const formsEn: FormsMessages = {
  conflict: {
    reload: 'Reload',
    reloaded: 'The latest data is loaded. Your input is kept: check the other officer\'s change, then save again if still needed.',
  },
  officer: {
    title: 'Officer at this desk',
    name: 'Officer name',
    help: 'Recorded in the history of every case and in the audit log from now on. Leave empty to record the computer account ({{account}}).',
    save: 'Save officer name',
    saved: 'Saved: the next actions are recorded under the name {{name}}.',
    cleared: 'Officer name removed: the next actions are recorded under the computer account {{account}}.',
    account: 'computer account {{account}}',
  },
  fix: {
    profile: 'Complete the office profile in Settings',
    numbering: 'Open Settings › Numbering',
    calendar: 'Open Settings › Calendar',
    backup: 'Open Settings › Backups',
  },
  setup: {
    title: 'Setting up PPID Desk',
    intro:
      'Welcome. Before the first case is logged, fill in the office profile: the letterhead, the PPID and the Atasan PPID are printed on every letter. Everything on this page can be changed at any time in Settings.',
    profileStep: '1. Office profile, PPID and Atasan PPID',
    moreStep: '2. Logo, numbering and calendar',
    calendarStep: 'Working-day calendar',
    calendarCovered:
      'The national holidays and cuti bersama of {{year}} are included (version {{version}}); deadlines are counted with this calendar. Regional days off are added in Settings › Calendar.',
    calendarMissing:
      'The national holidays of {{year}} are not included in this version: deadlines this year skip only Saturdays and Sundays until the days off are added.',
    calendarLink: 'Add them in Settings › Calendar',
    done: 'Done, go to the Inbox',
    skip: 'Skip for now, go to the Inbox',
    skipNote: 'The office profile is not saved yet: no letter can be made until it is filled in under Settings.',
  },
  unsaved: {
    body: 'Some input has not been saved. Leave and discard it?',
  },
  date: {
    placeholderDate: 'dd/mm/yyyy',
    placeholderDateTime: 'dd/mm/yyyy hh:mm',
    helpDate: 'Format dd/mm/yyyy, e.g. 17/03/2026.',
    helpDateTime: 'Format dd/mm/yyyy hh:mm (24-hour), {{zone}} time.',
    format: 'Write the date as dd/mm/yyyy, e.g. 17/03/2026.',
    formatDateTime: 'Write the date and time as dd/mm/yyyy hh:mm (24-hour), e.g. 17/03/2026 14:30.',
    noSuchDate: 'There is no date {{text}} in the calendar. Check the day and the month.',
    time: 'The time must be hh:mm on the 24-hour clock (00:00 to 23:59), e.g. 14:30.',
  },
};
