import { describe, expect, it } from 'vitest';
import { householdPageState } from './household-page-state';

describe('householdPageState', () => {
  it('reads the state the vital-event page hands over', () => {
    expect(householdPageState({ registered: { type: 'DEATH', others: ['0012000051', 3] } })).toEqual({
      registered: { type: 'DEATH', others: ['0012000051'] },
    });
  });

  it('ignores anything else', () => {
    expect(householdPageState(null)).toBeNull();
    expect(householdPageState({ registered: 'DEATH' })).toBeNull();
    expect(householdPageState({ other: 1 })).toBeNull();
  });
});
