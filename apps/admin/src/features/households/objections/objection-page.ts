import type { ObjectionBody, ObjectionStatus } from '../../../gql/graphql';
import { OBJECTION_STATUS_NAMES } from '../common/household-names';

/** The status filter: one status, or every objection. */
export type ObjectionStatusFilter = ObjectionStatus | 'ALL';

export const OBJECTION_FILTER_OPTIONS: ReadonlyArray<{ value: ObjectionStatusFilter; label: string }> = [
  { value: 'OPEN', label: OBJECTION_STATUS_NAMES.OPEN },
  { value: 'ACCEPTED', label: OBJECTION_STATUS_NAMES.ACCEPTED },
  { value: 'REJECTED', label: OBJECTION_STATUS_NAMES.REJECTED },
  { value: 'ALL', label: 'همه' },
];

export interface ObjectionPageRequest {
  status: ObjectionStatusFilter;
  /** 1-based, as antd's pagination counts. */
  page: number;
  pageSize: number;
}

/** The API's arguments for a page of one body's queue. */
export function objectionQueueVariables(body: ObjectionBody, { status, page, pageSize }: ObjectionPageRequest) {
  return {
    body,
    status: status === 'ALL' ? null : status,
    offset: Math.max(0, (page - 1) * pageSize),
    limit: Math.min(100, Math.max(1, pageSize)),
  };
}
