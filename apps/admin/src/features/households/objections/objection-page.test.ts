import { describe, expect, it } from 'vitest';
import { objectionQueueVariables } from './objection-page';

describe('objectionQueueVariables', () => {
  it('asks the server for one page of one body, with or without a status', () => {
    expect(objectionQueueVariables('CIVIL_REGISTRY', { status: 'OPEN', page: 3, pageSize: 10 })).toEqual({
      body: 'CIVIL_REGISTRY',
      status: 'OPEN',
      offset: 20,
      limit: 10,
    });
    expect(objectionQueueVariables('SUBSIDY_ORGANISATION', { status: 'ALL', page: 1, pageSize: 20 })).toEqual({
      body: 'SUBSIDY_ORGANISATION',
      status: null,
      offset: 0,
      limit: 20,
    });
  });

  it('keeps within the API bounds', () => {
    expect(objectionQueueVariables('CIVIL_REGISTRY', { status: 'ALL', page: 0, pageSize: 500 })).toMatchObject({ offset: 0, limit: 100 });
  });
});
