// Readers for the values of one mapping of the settings file (`comments:`, `analytics:`), each
// naming the key (`comments.repo`) of a wrong value. Pure.

/** A wrong value in a settings mapping: `key` is the dotted key (`comments.repo`). */
export type Complain = (key: string, problem: string) => never;

const isBlank = (value: unknown) => value === undefined || value === null || value === '';

/** Reads the fields of the mapping at `key`; `undefined` when the key is absent, empty or `false`. */
export function settingsMapping(value: unknown, key: string, complain: Complain): Record<string, unknown> | undefined {
  if (isBlank(value) || value === false) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) {
    complain(key, `must be a mapping of keys to values (or false), not ${JSON.stringify(value)}`);
  }
  return value as Record<string, unknown>;
}

/** Typed reads of one mapping's fields, each naming `<key>.<field>` when a value is wrong. */
export function fieldReader(fields: Record<string, unknown>, key: string, complain: Complain) {
  const name = (field: string) => `${key}.${field}`;
  const text = (field: string, fallback?: string): string => {
    const value = fields[field];
    if (isBlank(value)) {
      if (fallback === undefined) complain(name(field), 'is required');
      return fallback!;
    }
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string') complain(name(field), `must be text, not ${JSON.stringify(value)}`);
    return (value as string).trim();
  };
  const oneOf = <T extends string>(field: string, choices: readonly T[], fallback?: T): T => {
    const value = text(field, fallback);
    if (!(choices as readonly string[]).includes(value)) {
      complain(name(field), `must be one of ${choices.join(', ')}, not ${JSON.stringify(value)}`);
    }
    return value as T;
  };
  const flag = (field: string, fallback: boolean): boolean => {
    const value = fields[field];
    if (isBlank(value)) return fallback;
    if (typeof value !== 'boolean') complain(name(field), `must be true or false, not ${JSON.stringify(value)}`);
    return value as boolean;
  };
  const matching = (field: string, pattern: RegExp, example: string, fallback?: string): string => {
    const value = text(field, fallback);
    if (value !== fallback && !pattern.test(value)) {
      complain(name(field), `must look like ${example}, not ${JSON.stringify(value)}`);
    }
    return value;
  };
  return { text, oneOf, flag, matching };
}
