// Requests for information, objections and disputes: the status machine, identity numbers,
// registration numbers, the register's closed lists and the inbox standing of a due date.
export * from './status';
export * from './nik';
export * from './numbering';
export * from './fields';
export * from './inboxState';
export * from './instant';
export * from './objectionGrounds';
export * from './objectionRelease';
