// The test-only certificate authority of test/data/webhooks (make.sh there), a trust that accepts
// it and nothing else, and events signed as Partner Center signs them.
import { createSign, X509Certificate } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { Writable } from 'stream';
import pino from 'pino';
import { EventTrust, eventTrust } from '../../src/hosting/cases/eventCertificates';
import type { Logger } from '../../src/hosting/logging/logger';
import { PROJECT_ROOT } from '../support/paths';

const DIR = path.join(PROJECT_ROOT, 'test', 'data', 'webhooks');
export const file = (name: string): string => fs.readFileSync(path.join(DIR, name), 'utf8');

export const CERT_HOST = 'certs.test.invalid';
export const CERT_URL = `https://${CERT_HOST}/cert/pcnotifications-dispatch.cer`;
export const UNTRUSTED_URL = `https://${CERT_HOST}/cert/untrusted.cer`;
export const WRONG_ORGANISATION_URL = `https://${CERT_HOST}/cert/contoso.cer`;
const ISSUER_URL = 'http://pki.test.invalid/certs/test-intermediate.cer';

export const SIGNING_KEY = file('test-signing.key');
export const UNTRUSTED_KEY = file('test-untrusted.key');
export const WRONG_ORGANISATION_KEY = file('test-wrong-organisation.key');

/** The test trust: its root, its certificates served from memory; every download counted. */
export function testTrust(): EventTrust & { downloads: string[] } {
  const files = new Map([
    [CERT_URL, file('test-signing.pem')],
    [UNTRUSTED_URL, file('test-untrusted.pem')],
    [WRONG_ORGANISATION_URL, file('test-wrong-organisation.pem')],
    [ISSUER_URL, file('test-intermediate.pem')],
  ]);
  const roots = [new X509Certificate(file('test-root.pem'))];
  const downloads: string[] = [];
  const trust = eventTrust({
    certificateHosts: [CERT_HOST],
    issuerHosts: ['pki.test.invalid'],
    roots: () => roots,
    fetchBytes: async (url) => {
      downloads.push(url.href);
      const pem = files.get(url.href);
      if (pem === undefined) throw new Error('not found');
      return Buffer.from(pem);
    },
  });
  return Object.assign(trust, { downloads });
}

export function eventBody(fields: Record<string, unknown> = {}, at: Date = new Date()): string {
  return JSON.stringify({
    EventName: 'granular-admin-relationship-approved',
    ResourceUri:
      'https://api.partnercenter.microsoft.com/v1/granularAdminRelationships/5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
    ResourceName: 'GranularAdminRelationship',
    AuditUri: null,
    ResourceChangeUtcDate: at.toISOString().replace('Z', '0000+00:00'),
    ...fields,
  });
}

export function sign(body: string | Buffer, key = SIGNING_KEY): string {
  return createSign('sha256')
    .update(typeof body === 'string' ? Buffer.from(body, 'utf8') : body)
    .sign(key, 'base64');
}

/** The headers Partner Center sends with a body signed by `key`, its certificate at `url`. */
export function signedHeaders(body: string, options: { key?: string; url?: string; algorithm?: string } = {}): Record<string, string> {
  return {
    'content-type': 'application/json',
    authorization: `Signature ${sign(body, options.key)}`,
    'x-ms-certificate-url': options.url ?? CERT_URL,
    'x-ms-signature-algorithm': options.algorithm ?? 'rsa-sha256',
  };
}

/** A logger whose lines are kept, parsed, for a test to read. */
export function keptLogger(): { logger: Logger; lines: Record<string, unknown>[] } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}
