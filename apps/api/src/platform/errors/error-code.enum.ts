import { ERROR_CODE_DESCRIPTIONS, ErrorCode } from '@pishkhan/domain-rules';
import { registerEnumType } from 'type-graphql';

export { ErrorCode };

/**
 * The codes of `extensions.code` as a GraphQL enum, so that the schema file carries them and the
 * admin generates its type of codes from it instead of copying the list.
 */
registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description: 'Every code an error of this API carries in `extensions.code`',
  valuesConfig: Object.fromEntries(Object.entries(ERROR_CODE_DESCRIPTIONS).map(([code, description]) => [code, { description }])),
});
