import type { FormsMessages } from './forms.id';

export const formsEn: FormsMessages = {
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
