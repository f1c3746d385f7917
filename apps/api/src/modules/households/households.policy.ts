import { Permission } from '../../platform/auth/permissions';
import type { ClientPrincipal, Principal, UserPrincipal } from '../../platform/auth/principal';
import { Role } from '../../platform/auth/roles';
import { ForbiddenError } from '../../platform/errors/domain-error';
import { ObjectionBody } from './responses/household-response.entity';

/**
 * Who may see and do what with household data, beyond the permission each operation declares:
 * - the signed-out head of household sees only his own household, and only with its proof
 *   (national ID, tracking code, number of members); his tries are counted by his address, and
 *   after repeated failures he answers a captcha;
 * - an assisted-channel operator (post office, rural ICT office) acts for a head with the same
 *   proof and records his office's code; he is counted as himself, never by his office's shared
 *   address, and is never asked a captcha (anyone else signed in is counted by his address and
 *   answers a captcha like a signed-out caller);
 * - a civil registry operator answers only the objections routed to the civil registry;
 * - a system administrator answers every body's objections;
 * - an API client reads the change feed, its daily files and the zero file with the
 *   `household:changes` scope, and only API clients subscribe webhooks.
 */

/** Who a cluster-lookup try is counted against, and whether that caller may be asked a captcha. */
export interface LookupCaller {
  /** Rate-limit key of the caller: `user:<id>` for an assisted-channel operator, else `ip:<address>`. */
  key: string;
  mayBeAskedCaptcha: boolean;
}

/**
 * An assisted-channel operator serves many heads from one office address: he is counted as
 * himself and never asked a captcha. Anyone else, signed in or not, is counted by his address and
 * answers a captcha after repeated failures (a session alone proves nothing about the household).
 */
export function lookupCaller(principal: Principal | null, ip: string): LookupCaller {
  const operator = assistedOperator(principal);
  if (operator) return { key: `user:${operator.id}`, mayBeAskedCaptcha: false };
  return { key: `ip:${ip}`, mayBeAskedCaptcha: true };
}

/** The assisted-channel operator acting for the head of household, or null when the head acts himself. */
export function assistedOperator(principal: Principal | null): UserPrincipal | null {
  return principal?.kind === 'user' && principal.role === Role.ASSISTED_CHANNEL_OPERATOR ? principal : null;
}

/** Whether the caller may see and resolve the objections routed to `body`. */
export function mayAnswerObjections(principal: Principal | null, body: ObjectionBody): boolean {
  if (principal?.kind === 'user' && principal.role === Role.CIVIL_REGISTRY_OPERATOR) return body === ObjectionBody.CIVIL_REGISTRY;
  return true;
}

export function assertMayAnswerObjections(principal: Principal | null, body: ObjectionBody): void {
  if (!mayAnswerObjections(principal, body)) throw new ForbiddenError('The civil registry answers only its own objections');
}

/** The API client subscribing a webhook; anyone else is refused. */
export function webhookSubscriber(principal: Principal | null): ClientPrincipal {
  if (principal?.kind !== 'client') throw new ForbiddenError('Webhooks are for API clients');
  return principal;
}

/** Whether an API client may download the zero file and the daily change files. */
export function mayReadChanges(client: ClientPrincipal): boolean {
  return client.permissions.has(Permission.HOUSEHOLD_CHANGES);
}
