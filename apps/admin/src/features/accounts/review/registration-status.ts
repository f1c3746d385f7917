import type { RegistrationStatus } from '../../../gql/graphql';

export const STATUS_NAMES: Readonly<Record<RegistrationStatus, string>> = {
  PENDING: 'در انتظار',
  APPROVED: 'تأیید شده',
  REJECTED: 'رد شده',
};

export const STATUS_COLORS: Readonly<Record<RegistrationStatus, string>> = {
  PENDING: 'gold',
  APPROVED: 'green',
  REJECTED: 'red',
};

/** The status filter: one status, or every request. */
export type StatusFilter = RegistrationStatus | 'ALL';

export const STATUS_FILTER_OPTIONS: ReadonlyArray<{ value: StatusFilter; label: string }> = [
  { value: 'PENDING', label: STATUS_NAMES.PENDING },
  { value: 'APPROVED', label: STATUS_NAMES.APPROVED },
  { value: 'REJECTED', label: STATUS_NAMES.REJECTED },
  { value: 'ALL', label: 'همه' },
];

export interface PageRequest {
  status: StatusFilter;
  /** 1-based, as antd's pagination counts. */
  page: number;
  pageSize: number;
}

/** The API's filter for a page of the table. */
export function registrationFilter({ status, page, pageSize }: PageRequest): {
  status?: RegistrationStatus;
  offset: number;
  limit: number;
} {
  return {
    ...(status === 'ALL' ? {} : { status }),
    offset: Math.max(0, (page - 1) * pageSize),
    limit: pageSize,
  };
}

const SUBSYSTEM_NAMES: Readonly<Record<string, string>> = {
  MANA: 'معنا',
};

/** The Persian name of the subsystem a request is for (e.g. MANA → معنا); an unknown code as it is. */
export function subsystemName(code: string): string {
  return SUBSYSTEM_NAMES[code] ?? code;
}
