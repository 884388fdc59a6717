// Parsed JSON arrives as `unknown` (card submits, stored state, request bodies): the one check
// that a value is a plain object whose fields can be read by name.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
