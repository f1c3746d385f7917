import { describe, expect, it } from 'vitest';
import { parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { rootFieldKeys } from './quota';

function keysOf(source: string, variables: Record<string, unknown> = {}): string[] {
  const document = parse(source);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const fragments = Object.fromEntries(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === 'FragmentDefinition').map((f) => [f.name.value, f]),
  );
  return rootFieldKeys(operation, fragments, variables);
}

describe('rootFieldKeys: what an API client is charged for', () => {
  it('counts every alias as one lookup', () => {
    expect(keysOf('{ a: householdStructure(nationalId: "1") { id } b: householdStructure(nationalId: "2") { id } }')).toEqual(['a', 'b']);
  });

  it('follows fragments at the root, once each, and counts a key named twice once (GraphQL runs it once)', () => {
    const source = `query { ...F ... on Query { c: x { id } } ...F x { id } }
      fragment F on Query { a: x { id } b: x { id } ...G }
      fragment G on Query { d: x { id } }`;
    expect(keysOf(source)).toEqual(['a', 'b', 'd', 'c', 'x']);
  });

  it('leaves out skipped fields and meta fields', () => {
    expect(
      keysOf('query($no: Boolean!) { __typename a: x @skip(if: true) b: x @include(if: $no) c: x @include(if: true) }', { no: false }),
    ).toEqual(['c']);
  });
});
