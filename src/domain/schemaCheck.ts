// JSON Schema checks of the shapes the bot reads from outside (a request's body, a service's
// answer, an invoke's value), by ajv, each compiled at its first use: ajv and the compiled schemas stay out of the
// start-up, which loads ajv only to check a partner's overlay (test/content/overlayStartup.test.ts).
import type { default as AjvClass, JSONSchemaType, ValidateFunction } from 'ajv';

let ajv: AjvClass | undefined;

/** A type guard checking `schema`, compiled on its first call (one ajv for every schema). */
export function schemaCheck<T>(schema: JSONSchemaType<T>): (data: unknown) => data is T {
  let check: ValidateFunction<T> | undefined;
  return (data: unknown): data is T => {
    if (!check) {
      const Ajv = (require('ajv') as { default: typeof AjvClass }).default;
      ajv ??= new Ajv({ strict: true });
      check = ajv.compile(schema);
    }
    return check(data);
  };
}
