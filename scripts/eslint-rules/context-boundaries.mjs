import path from 'node:path';

/**
 * Keeps the API's layers apart (see README, "Layout"):
 * - nothing under `apps/api/src/platform/` imports a context (`src/modules/…`) or the composition
 *   root (`src/composition.ts`, `src/server.ts`): platform defines interfaces, contexts implement them;
 * - a context imports another only through that context's `index.ts` (`../accounts`, never
 *   `../accounts/session.service`).
 * Imports are resolved against the importing file, so depth (sub-folders) does not matter.
 */
const SRC = `${path.sep}apps${path.sep}api${path.sep}src${path.sep}`;

/** `{ area: 'platform' | 'module' | 'root' | 'other', context?, rest? }` of an absolute path under apps/api/src. */
function place(absolute) {
  const at = absolute.lastIndexOf(SRC);
  if (at < 0) return { area: 'outside' };
  const parts = absolute.slice(at + SRC.length).split(path.sep);
  if (parts[0] === 'platform') return { area: 'platform' };
  if (parts[0] === 'modules' && parts.length >= 2) return { area: 'module', context: parts[1], rest: parts.slice(2).join('/') };
  if (parts.length === 1 && /^(composition|server)(\.ts)?$/.test(parts[0])) return { area: 'root' };
  return { area: 'other' };
}

const isIndex = (rest) => rest === '' || /^index(\.ts)?$/.test(rest);

/** @type {import('eslint').Rule.RuleModule} */
export const contextBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'platform never imports contexts; contexts import each other only through index.ts' },
    messages: {
      platformImportsContext:
        'platform/ must not import a context or the composition root ({{source}}): define an interface in platform and let the context implement it.',
      pastIndex: "Import the {{context}} context through its index.ts ('{{suggestion}}'), not {{source}}.",
    },
    schema: [],
  },
  create(context) {
    const filename = context.filename ?? context.getFilename();
    const from = place(filename);
    if (from.area !== 'platform' && from.area !== 'module') return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = place(path.resolve(path.dirname(filename), source));
      if (from.area === 'platform' && (to.area === 'module' || to.area === 'root')) {
        context.report({ node, messageId: 'platformImportsContext', data: { source } });
      } else if (from.area === 'module' && to.area === 'module' && to.context !== from.context && !isIndex(to.rest)) {
        const suggestion = source.slice(0, source.lastIndexOf(`/${to.context}/`) + to.context.length + 1);
        context.report({ node, messageId: 'pastIndex', data: { source, context: to.context, suggestion } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { 'context-boundaries': contextBoundaries } };
