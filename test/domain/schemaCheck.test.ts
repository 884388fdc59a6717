// schemaCheck (src/domain/schemaCheck.ts): a type guard over a JSON Schema, compiled once at its
// first use by one strict ajv. Checked loosely, a schema whose types are left implicit would be
// accepted. (Compiled on every call, it would only be slower: ajv keeps a compiled schema by the
// schema object itself.)
import { strict as assert } from 'assert';
import type { JSONSchemaType } from 'ajv';
import { schemaCheck } from '../../src/domain/schemaCheck';

interface Named {
  name: string;
}

describe('schemaCheck', () => {
  it('tells data that fits the schema from data that does not', () => {
    const schema: JSONSchemaType<Named> = { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] };
    const isNamed = schemaCheck(schema);
    assert.equal(isNamed({ name: 'Contoso' }), true);
    assert.equal(isNamed({ name: 7 }), false);
    assert.equal(isNamed(null), false);
  });

  it("checks strictly: a schema that leaves a keyword's type implicit is refused at its first use", () => {
    // "properties" without "type": "object": ajv's strict types refuse it; left loose, it would only log.
    const loose = { properties: { name: { type: 'string' } } } as unknown as JSONSchemaType<Named>;
    const check = schemaCheck(loose);
    assert.throws(() => check({ name: 'Contoso' }), /strict mode/);
  });
});
