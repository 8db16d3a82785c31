// The KIP legal clocks, computed on the working-day calendar.
export { CLOCK_IDS, CLOCKS, isClockId, type ClockDef, type ClockId } from './clocks';
export {
  clockDayZero,
  computeDeadline,
  DeadlineInput,
  type DeadlineRequest,
  type DeadlineResult,
  type SkippedDay,
} from './deadline';
export {
  checkCutoff,
  checkZone,
  ClockInputError,
  DEFAULT_CUTOFF,
  DEFAULT_ZONE,
  resolveStart,
  zoneLabel,
  type StartPoint,
} from './start';
// The working-day helpers the inbox needs next to a deadline ("n working days left").
export {
  addWorkingDays,
  workingDaysBetween,
  formatTanggal,
  formatTanggalPendek,
  formatHariTanggal,
} from '../calendar/index';
