export { TEHRAN_TIME_ZONE, addDays, daysBetween, tehranInstant, tehranToday, tehranWallClock } from './tehran-date.js';
export { DECIMAL_SCALE, DECIMAL_TEXT, fromScaled, splitFits, toScaled, type SplitAggregation } from './decimal.js';
export { PROPOSAL_POINTS_CAP, exceedsProposalCap, proposalPoints, proposalTargetProblem } from './proposal.js';
export { ALL_PERMISSIONS, Permission } from './permissions.js';
export { ERROR_CODES, ERROR_CODE_DESCRIPTIONS, ErrorCode, isErrorCode } from './error-codes.js';
export { PROVINCES, normaliseProvince } from './provinces.js';
export { hajjReceiptNotes } from './hajj-receipt-notes.js';
