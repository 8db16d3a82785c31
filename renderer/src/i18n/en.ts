// English: the second language. Typed against the Indonesian messages so no key is missing.
import { calendarEn } from './settings.calendar.en';
import { numberingEn } from './settings.numbering.en';
import { objectionsEn } from './objections.en';
import { lettersEn } from './letters.en';
import type { Messages } from './id';
import { casesEn } from './cases.en';
import { archiveEn } from './archive.en';
import { mediaEn } from './inquiries.en';
import { newsroomEn } from './newsroom.en';
import { pdpEn } from './settings.pdp.en';
import { tariffEn } from './settings.tariff.en';
import { maklumatEn } from './settings.maklumat.en';
import { officersEn } from './officers.en';
import { backupEn } from './settings.backup.en';
import { registerEn } from './cases.register.en';
import { closingEn } from './requests.closing.en';
import { walkinEn } from './requests.walkin.en';
import { formsEn } from './forms.en';
import { reportsEn } from './reports.en';
import { authEn } from './auth.en';
import { humasEn } from './humas.en';

export const en: Messages = {
  app: {
    name: 'PPID Desk',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
    openNavigation: 'Open navigation',
    closeNavigation: 'Close navigation',
  },
  nav: {
    label: 'Main navigation',
    inbox: 'Inbox',
    requests: 'Requests',
    objections: 'Objections',
    inquiries: 'Media',
    humas: 'Public relations',
    archive: 'Archive',
    reports: 'Reports',
    settings: 'Settings',
  },
  language: {
    label: 'Language',
    id: 'Bahasa Indonesia',
    en: 'English',
  },
  backend: {
    unreachableTitle: 'Cannot connect to PPID Desk',
    unreachableBody:
      'The PPID Desk service is not answering. Make sure PPID Desk is still running on this computer, then try again. Saved data is not lost.',
    forbiddenTitle: 'Session not valid',
    forbiddenBody: 'This page address is no longer valid. Open PPID Desk again from the application to get a new address.',
    errorTitle: 'PPID Desk could not start',
    retry: 'Try again',
    details: 'Details: {{message}}',
  },
  crash: {
    title: 'Something went wrong on this screen',
    body: 'Sorry, this page could not be shown. Saved data is not affected. Reload to continue.',
    reload: 'Reload',
    home: 'Go to the inbox',
    details: 'Technical details',
  },
  errors: {
    unreachable: 'Cannot connect to the PPID Desk service. Check that the application is still running.',
  },
  settings: {
    title: 'Settings',
    profileTitle: 'Office profile',
    profileIntro:
      'This profile is printed in the letterhead and signature block of every letter. Fields marked * are required.',
    loadFailed: 'The office profile could not be loaded: {{message}}',
    sections: {
      letterhead: 'Letterhead',
      contact: 'Contact',
      place: 'Place and service hours',
      ppid: 'PPID',
      atasan: 'Atasan PPID (superior)',
    },
    fields: {
      instansiLine: 'Agency name line {{n}}',
      instansiHelp: '1 to 4 lines, as on the letterhead, e.g. PEMERINTAH PROVINSI KALIMANTAN TIMUR.',
      addLine: 'Add line',
      removeLine: 'Remove line {{n}}',
      unit: 'Unit/PPID',
      address: 'Address',
      phone: 'Phone',
      email: 'E-mail',
      website: 'Website',
      city: 'City',
      cityHelp: 'Where letters are signed, e.g. Samarinda.',
      timeZone: 'Time zone',
      cutoffTime: 'Service cut-off time',
      cutoffHelp: 'Format HH:MM. Requests received after this time count from the next working day.',
      ppidName: 'PPID name',
      ppidNip: 'PPID NIP',
      ppidTitle: 'PPID position',
      atasanName: 'Atasan PPID name',
      atasanNip: 'Atasan PPID NIP',
      atasanTitle: 'Atasan PPID position',
      nipHelp: '18 digits; spaces allowed. Leave empty for non-civil-servants.',
    },
    save: 'Save',
    saveHint: 'Shortcut: Ctrl+S',
    saved: 'Office profile saved.',
    summaryTitle: 'The office profile was not saved. Check the following ({{count}}):',
    saveFailed: 'The office profile could not be saved: {{message}}',
    leave: {
      title: 'Unsaved changes',
      body: 'The office profile has changes that are not saved. Leave this page and discard them?',
      stay: 'Stay here',
      discard: 'Discard changes',
    },
    logo: {
      title: 'Letterhead logo',
      label: 'Logo',
      help: 'A PNG or JPEG file, at most 1 MB. The logo is saved as soon as a file is chosen.',
      none: 'No logo yet.',
      previewAlt: 'The letterhead logo in use',
      remove: 'Remove logo',
      uploading: 'Uploading logo…',
      saved: 'Logo saved.',
      removed: 'Logo removed.',
      notImage: 'The logo must be a PNG or JPEG image.',
      tooLarge: 'The logo is too large ({{size}}): at most 1 MB.',
      failed: 'The logo could not be saved: {{message}}',
      size: '{{width}} × {{height}} pixels, {{size}}',
    },
  },
  cases: casesEn,
  objections: objectionsEn,
  archive: archiveEn,
  calendar: calendarEn,
  numbering: numberingEn,
  media: mediaEn,
  newsroom: newsroomEn,
  letters: lettersEn,
  pdp: pdpEn,
  tariff: tariffEn,
  maklumat: maklumatEn,
  officers: officersEn,
  backup: backupEn,
  register: registerEn,
  closing: closingEn,
  walkin: walkinEn,
  forms: formsEn,
  reports: reportsEn,
  auth: authEn,
  humas: humasEn,
};
