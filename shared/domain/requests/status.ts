// The request status machine (UU KIP Ps 22; Perki No. 1 Tahun 2021): registered → in_process →
// (extended, once, with reasons) → answered → done; waiting for the requester and back; withdrawn.
// Only the transitions in TRANSITIONS are allowed; every refusal names the step that is missing.

export const REQUEST_STATUSES = [
  'registered',
  'in_process',
  'extended',
  'waiting_requester',
  'answered',
  'done',
  'withdrawn',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** How each status is named to the officer. */
export const REQUEST_STATUS_LABEL: Record<RequestStatus, string> = {
  registered: 'terdaftar',
  in_process: 'diproses',
  extended: 'diperpanjang',
  waiting_requester: 'menunggu pemohon',
  answered: 'dijawab',
  done: 'selesai',
  withdrawn: 'ditarik',
};

/** Every allowed move. waiting_requester returns to where it came from (see resumeStatus). */
export const TRANSITIONS: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  registered: ['in_process', 'waiting_requester', 'withdrawn'],
  in_process: ['extended', 'waiting_requester', 'answered', 'withdrawn'],
  // UU KIP Ps 22(8): one extension only, so no way back into 'extended' once left except from waiting.
  extended: ['waiting_requester', 'answered', 'withdrawn'],
  // Back to where the pause began (resumeStatus): in process, extended, or — after an unpaid fee is
  // paid and the information handed over — done.
  waiting_requester: ['in_process', 'extended', 'done', 'withdrawn'],
  // After the written notice the only pause left is an unpaid copying fee.
  answered: ['waiting_requester', 'done'],
  done: [],
  withdrawn: [],
};

/** Requests still in the office's hands (shown in the inbox). */
export const OPEN_REQUEST_STATUSES = ['registered', 'in_process', 'extended', 'waiting_requester', 'answered'] as const;
/** Requests whose legal clock still runs: their deadlines are recomputed when the calendar changes. */
export const CLOCK_RUNNING_STATUSES = ['registered', 'in_process', 'extended', 'waiting_requester'] as const;

export const WAITING_REASONS = ['kelengkapan', 'biaya'] as const;
export type WaitingReason = (typeof WAITING_REASONS)[number];
export const WAITING_REASON_LABEL: Record<WaitingReason, string> = {
  kelengkapan: 'permohonan belum lengkap',
  biaya: 'biaya salinan belum dibayar',
};

export function canTransition(from: RequestStatus, to: RequestStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isOpenStatus(status: RequestStatus): boolean {
  return (OPEN_REQUEST_STATUSES as readonly string[]).includes(status);
}

/**
 * Whether the deadline can make the request overdue. Registered and in-process requests count
 * against the 10-working-day date (UU KIP Ps 22(7)), extended ones against the extended date
 * (UU KIP Ps 22(8)); waiting for the requester, answered, done and withdrawn never count (DOMAIN.md).
 */
export function isOverdueCounting(status: RequestStatus): boolean {
  return status === 'registered' || status === 'in_process' || status === 'extended';
}

/**
 * Where a request waiting for the requester goes when the wait ends, given the status it paused
 * from: an extended request stays extended, an answered one (fee unpaid) is done once paid and
 * handed over, anything earlier is in process.
 */
export function resumeStatus(waitingFrom: RequestStatus): RequestStatus {
  if (waitingFrom === 'extended') return 'extended';
  if (waitingFrom === 'answered') return 'done';
  return 'in_process';
}

const q = (s: RequestStatus) => `'${REQUEST_STATUS_LABEL[s]}'`;

/** Null when the move is allowed; otherwise an Indonesian sentence saying what is missing. */
export function transitionProblem(from: RequestStatus, to: RequestStatus): string | null {
  if (canTransition(from, to)) return null;
  if (from === 'done') return 'Permohonan sudah selesai; statusnya tidak dapat diubah lagi.';
  if (from === 'withdrawn') return 'Permohonan sudah ditarik; statusnya tidak dapat diubah lagi.';
  if (from === to && to === 'extended') {
    return 'Permohonan sudah diperpanjang; perpanjangan hanya boleh sekali (UU KIP Pasal 22 ayat (8)).';
  }
  if (from === to) return `Permohonan sudah berstatus ${q(to)}.`;
  if (to === 'registered') return `Status tidak dapat kembali menjadi ${q('registered')}.`;
  if (from === 'extended' && to === 'in_process') {
    return `Permohonan yang diperpanjang tetap berstatus ${q('extended')} sampai dijawab; ubah statusnya menjadi ${q('answered')} bila pemberitahuan tertulis sudah dikirim.`;
  }
  if (from === 'answered') {
    return `Permohonan sudah dijawab; langkah berikutnya ${q('done')} (informasi sudah diserahkan) atau ${q('waiting_requester')} (biaya salinan belum dibayar).`;
  }
  const path = forwardPath(from, to);
  if (path && path.length > 2) {
    const steps = path.slice(1, -1).map(q).join(', lalu ');
    return `Permohonan berstatus ${q(from)} tidak dapat langsung menjadi ${q(to)}: ubah dulu statusnya menjadi ${steps}.`;
  }
  const allowed = TRANSITIONS[from].map(q).join(', ');
  return `Status ${q(from)} tidak dapat diubah menjadi ${q(to)}. Dari ${q(from)} hanya boleh ke: ${allowed}.`;
}

/** Shortest path on the forward steps (waiting for the requester is a pause, never a step). */
function forwardPath(from: RequestStatus, to: RequestStatus): RequestStatus[] | null {
  const previous = new Map<RequestStatus, RequestStatus>();
  const queue: RequestStatus[] = [from];
  const seen = new Set<RequestStatus>([from]);
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (current === to) {
      const path = [to];
      let step = to;
      while (step !== from) {
        step = previous.get(step)!;
        path.unshift(step);
      }
      return path;
    }
    for (const next of TRANSITIONS[current]) {
      if (seen.has(next) || next === 'waiting_requester' || next === 'withdrawn') continue;
      seen.add(next);
      previous.set(next, current);
      queue.push(next);
    }
  }
  return null;
}
