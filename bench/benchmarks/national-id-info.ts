import type { Benchmark } from '../lib/benchmark';
import { graphqlBody } from '../lib/load';

const QUERY = 'query($id:String!){ nationalIdInfo(nationalId:$id){ normalized valid reason issuancePlace{ prefix province city } } }';
/** A valid national ID typed in Persian digits (a test value, still never printed). */
const NATIONAL_ID = '۰۰۱۳۵۴۲۴۱۹';

interface Answer {
  data?: { nationalIdInfo?: { normalized?: unknown; valid?: unknown; reason?: unknown; issuancePlace?: { prefix?: unknown } | null } };
}

/** The public `nationalIdInfo` query: no database, no login; the cost is the HTTP + GraphQL stack. */
export const nationalIdInfo: Benchmark = {
  name: 'nationalIdInfo',
  description:
    "The public `nationalIdInfo` query with a valid ID in Persian digits: no database and no login, so it measures the API's HTTP and GraphQL stack (Express, request logging, graphql-armor, type-graphql) against bare Apollo Server.",
  subjectLabel:
    '`POST /graphql` `query($id:String!){ nationalIdInfo(nationalId:$id){ normalized valid reason issuancePlace{ prefix province city } } }` with a valid ID typed in Persian digits',
  target: ({ pishkhan }) => ({ url: pishkhan.graphqlUrl, body: graphqlBody(QUERY, { id: NATIONAL_ID }) }),
  check(answer) {
    const info = (answer as Answer).data?.nationalIdInfo;
    if (!info) return 'no data.nationalIdInfo in the answer';
    if (info.valid !== true) return `valid is ${String(info.valid)}, expected true`;
    if (info.reason !== null) return 'reason should be null for a valid ID';
    if (typeof info.normalized !== 'string' || !/^[0-9]{10}$/.test(info.normalized)) return 'normalized is not 10 Latin digits';
    if (info.issuancePlace?.prefix !== '001') return 'issuancePlace.prefix is not the first three digits';
    return null;
  },
};
