import type { FormRule } from 'antd';

/** An antd form rule from a check that returns the Persian reason or null. */
export function ruleOf(check: (value: string | undefined) => string | null): FormRule {
  return {
    validator: (_rule, value: unknown) => {
      const problem = check(typeof value === 'string' ? value : undefined);
      return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
    },
  };
}
