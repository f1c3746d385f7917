import type { HouseholdChangeType } from '../../../gql/graphql';

/** What the vital-event page hands the household page it navigates to. */
export interface HouseholdPageState {
  registered: {
    type: HouseholdChangeType;
    /** A national ID in each other household the event touched. */
    others: string[];
  };
}

/** The state of a navigation to the household page, when it is one the vital-event page made. */
export function householdPageState(state: unknown): HouseholdPageState | null {
  if (typeof state !== 'object' || state === null || !('registered' in state)) return null;
  const { registered } = state;
  if (typeof registered !== 'object' || registered === null || !('type' in registered) || !('others' in registered)) return null;
  const { type, others } = registered;
  if (typeof type !== 'string' || !Array.isArray(others)) return null;
  return { registered: { type: type as HouseholdChangeType, others: others.filter((id): id is string => typeof id === 'string') } };
}
