// The Atasan's granted answer orders the PPID to release the information (UU KIP Ps 36(2)). The
// law sets no period for carrying it out; when the Atasan names no date, the PPID gets the 10
// working days UU KIP Ps 22(7) gives it to answer a request — the same work, done again on the
// Atasan's order — counted from the answer's date. The Atasan may set any date on or after it.
export const RELEASE_DEFAULT_WORKING_DAYS = 10;
