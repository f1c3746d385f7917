import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestContext } from '../graphql/context';
import { AuditOutcome } from './audit-event.entity';
import type { AuditLog } from './audit-log';
import { unavailableRefusal } from '../errors/service-unavailable';

const DENIED_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'PASSWORD_CHANGE_REQUIRED']);

/**
 * Every mutation leaves an audit line, whatever its outcome: one per root field, with the caller,
 * the target id when the result names one, and the error code of a refusal.
 */
export function auditMutationsPlugin(auditLog: AuditLog): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, operation, response, request }) {
          // Every mutation, and every call of an integrating system (queries too).
          const byClient = contextValue.principal?.kind === 'client';
          if (!operation || (operation.operation !== 'mutation' && !byClient)) return;
          const body = response.body.kind === 'single' ? response.body.singleResult : null;
          const data = (body?.data ?? {}) as Record<string, unknown>;
          // The formatted errors: their codes are the ones the client sees.
          const errors = body?.errors;
          for (const selection of operation.selectionSet.selections) {
            if (selection.kind !== 'Field') continue;
            const key = selection.alias?.value ?? selection.name.value;
            const error = errors?.find((e) => e.path?.[0] === key) ?? (errors && !body?.data ? errors[0] : undefined);
            const code = error ? String((error.extensions as { code?: unknown } | undefined)?.code ?? 'INTERNAL_SERVER_ERROR') : null;
            const result = data[key];
            const targetId = result && typeof result === 'object' && 'id' in result ? String((result as { id: unknown }).id) : null;
            const args = Object.fromEntries(
              selection.arguments?.map((a) => [
                a.name.value,
                a.value.kind === 'Variable'
                  ? request.variables?.[a.value.name.value]
                  : a.value.kind === 'StringValue'
                    ? a.value.value
                    : a.value.kind,
              ]) ?? [],
            );
            await auditLog
              .record(contextValue, {
                action: `${operation.operation}.${selection.name.value}`,
                ...(byClient ? { details: { args } } : {}),
                outcome: code === null ? AuditOutcome.SUCCESS : DENIED_CODES.has(code) ? AuditOutcome.DENIED : AuditOutcome.FAILURE,
                code,
                targetId,
              })
              .catch((error: unknown) => {
                // The database went away: 503 SERVICE_UNAVAILABLE with Retry-After, not a bare 500.
                throw unavailableRefusal(error);
              });
          }
        },
      };
    },
  };
}
