import { Max, Min } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';

/** The largest `offset` a list accepts: past it, narrow the filter instead of paging. */
export const MAX_OFFSET = 100_000;
/** The largest page any list returns. */
export const MAX_PAGE_SIZE = 200;

/**
 * Offset paging with bounds, shared by every list filter: a filter input `extends PageInput`
 * (type-graphql copies the fields into each input, so the schema keeps one input per list; `PageInput` itself is never referenced, so it is not emitted).
 */
@InputType()
export abstract class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(MAX_OFFSET)
  offset!: number;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit!: number;
}
