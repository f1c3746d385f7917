/** Where the households pages live. */
export const HOUSEHOLD_PATHS = {
  cluster: '/households/cluster',
  search: '/households/search',
  events: '/households/events',
  objections: '/households/objections',
  subsidy: '/households/subsidy-request',
  campaign: '/households/campaign',
  pilot: '/households/pilot',
  apiClients: '/households/api-clients',
  webhooks: '/households/webhooks',
  smsSimulator: '/dev/sms-simulator',
} as const;

/** The household page of a person: the search page with the national ID it was searched by. */
export function householdPath(nationalId: string): string {
  return `${HOUSEHOLD_PATHS.search}?${new URLSearchParams({ nationalId }).toString()}`;
}
