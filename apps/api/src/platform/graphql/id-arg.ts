import { ArrayMaxSize, isUUID } from 'class-validator';
import { createParameterDecorator, ID } from 'type-graphql';
import { BadInputError } from '../errors/domain-error';

/**
 * True for a UUID in its canonical text form (every `ID` of this API is one): class-validator's
 * `isUUID`, the same rule as `@IsUUID()` on the ID fields of input classes.
 */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && isUUID(value);

/**
 * An `ID` argument that must be a UUID: anything else is `BAD_USER_INPUT` naming the argument,
 * before the resolver runs (never a database cast error). The schema still says `ID`.
 */
export function IdArg(name: string, options: { nullable?: boolean; description?: string } = {}) {
  return createParameterDecorator(
    ({ args }) => {
      const value: unknown = args[name];
      if (value === null || value === undefined) return value;
      if (!isUuid(value)) throw new BadInputError(name, `${name} must be a UUID`);
      return value.toLowerCase();
    },
    { arg: { name, typeFunc: () => ID, options } },
  );
}

/** A list of UUID `ID`s, at most `max` long. */
export function IdListArg(name: string, max: number, options: { description?: string } = {}) {
  return createParameterDecorator(
    ({ args }) => {
      const values: unknown = args[name];
      if (!Array.isArray(values)) throw new BadInputError(name, `${name} must be a list`);
      if (values.length > max) throw new BadInputError(name, `${name} takes at most ${max} IDs`);
      const bad = values.findIndex((value) => !isUuid(value));
      if (bad >= 0) throw new BadInputError(`${name}.${bad}`, `${name} must hold UUIDs`);
      return values.map((value: string) => value.toLowerCase());
    },
    { arg: { name, typeFunc: () => [ID], options } },
  );
}

/** For `ID` fields of input classes: `@IsUUID()` with the list bound; re-exported for one import. */
export { ArrayMaxSize };
