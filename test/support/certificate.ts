// A self-signed TLS certificate for 127.0.0.1 and localhost, made once per test run and written to
// a temporary folder that is removed when the run ends. Clients trust it through NODE_EXTRA_CA_CERTS
// (child processes) or the `ca` option of a request.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generate } from 'selfsigned';

export interface Certificate {
  certFile: string;
  keyFile: string;
  cert: string;
}

let made: Promise<Certificate> | undefined;

export function selfSignedCertificate(): Promise<Certificate> {
  made ??= (async () => {
    const pem = await generate([{ name: 'commonName', value: '127.0.0.1' }], {
      keySize: 2048,
      notAfterDate: new Date(Date.now() + 24 * 3600_000),
      extensions: [
        { name: 'basicConstraints', cA: true },
        {
          name: 'subjectAltName',
          altNames: [
            { type: 7, ip: '127.0.0.1' },
            { type: 2, value: 'localhost' },
          ],
        },
      ],
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'advisor-tls-'));
    process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    const certFile = path.join(dir, 'cert.pem');
    const keyFile = path.join(dir, 'key.pem');
    fs.writeFileSync(certFile, pem.cert);
    fs.writeFileSync(keyFile, pem.private, { mode: 0o600 });
    return { certFile, keyFile, cert: pem.cert };
  })();
  return made;
}
