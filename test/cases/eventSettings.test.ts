// The follow-up settings, the webhooks command's arguments, and the certificates' download rules.
import { strict as assert } from 'assert';
import * as http from 'http';
import { AddressInfo } from 'net';
import { X509Certificate } from 'crypto';
import { ConfigError, loadConfig } from '../../src/config';
import { followUpSettings } from '../../src/config/followUps';
import { caIssuersUrls, downloadBytes, eventTrust, organisationOf, pinnedRoots, SigningCertificates } from '../../src/hosting/cases/eventCertificates';
import { readSignatureHeaders } from '../../src/hosting/cases/eventSignature';
import { followUpAppTokens } from '../../src/hosting/microsoftApis/appTokens';
import { callbackProblem, parseWebhookArgs, readRegistration, registrationBody, USAGE } from '../../scripts/partner-center-webhooks';
import { CERT_URL, file, testTrust, WRONG_ORGANISATION_URL } from './eventFixtures';
import { readPartnerCenterEvent } from '../../src/domain/partnerCenterEvents';

const APP = '0f1e2d3c-4b5a-4697-8877-665544332211';
/** Microsoft RSA Root Certificate Authority 2017, as Node's bundle has it. */
const MS_RSA_ROOT = 'C7:41:F7:0F:4B:2A:8D:88:BF:2E:71:C1:41:22:EF:53:EF:10:EB:A0:CF:A5:E6:4C:FA:20:F4:18:85:30:73:E0';
const TENANT = '11223344-5566-4778-8899-aabbccddeeff';

describe('Follow-up settings', () => {
  it('has defaults: no app, 48 hours, Partner Center certificate host, 60 polls a minute, every 5 minutes, 50 open cases a person', () => {
    assert.deepEqual(followUpSettings({}), {
      eventMaxAgeMinutes: 2880,
      certificateHosts: ['3psostorageacct.blob.core.windows.net'],
      rootFingerprints: [],
      pollsPerMinute: 60,
      pollSeconds: 300,
      maxOpenPerUser: 50,
    });
    assert.deepEqual(loadConfig({ PORT: '0' }).followUps, followUpSettings({}));
  });

  it('reads every setting', () => {
    const settings = followUpSettings({
      FOLLOW_UP_APP_ID: APP.toUpperCase(),
      PARTNER_TENANT_ID: TENANT,
      PARTNER_CENTER_EVENT_MAX_AGE_MINUTES: '60',
      PARTNER_CENTER_EVENT_CERT_HOSTS: 'A.example.com, b.example.com',
      PARTNER_CENTER_EVENT_ROOTS: `${MS_RSA_ROOT.replace(/:/g, '').toLowerCase()}, ${MS_RSA_ROOT}`,
      FOLLOW_UP_POLLS_PER_MINUTE: '6000',
      FOLLOW_UP_POLL_SECONDS: '1',
      FOLLOW_UP_MAX_OPEN_PER_USER: '7',
    });
    assert.deepEqual(settings, {
      appId: APP,
      partnerTenantId: TENANT,
      eventMaxAgeMinutes: 60,
      certificateHosts: ['a.example.com', 'b.example.com'],
      rootFingerprints: [MS_RSA_ROOT],
      pollsPerMinute: 6000,
      pollSeconds: 1,
      maxOpenPerUser: 7,
    });
  });

  it('refuses one of the pair without the other, a value that is no GUID, and numbers out of range, naming the setting', () => {
    const cases: [Record<string, string>, RegExp][] = [
      [{ FOLLOW_UP_APP_ID: APP }, /FOLLOW_UP_APP_ID and PARTNER_TENANT_ID together/],
      [{ PARTNER_TENANT_ID: TENANT }, /FOLLOW_UP_APP_ID and PARTNER_TENANT_ID together/],
      [{ FOLLOW_UP_APP_ID: 'my-app', PARTNER_TENANT_ID: TENANT }, /FOLLOW_UP_APP_ID must be/],
      [{ FOLLOW_UP_APP_ID: APP, PARTNER_TENANT_ID: 'contoso.onmicrosoft.com' }, /PARTNER_TENANT_ID must be/],
      [{ PARTNER_CENTER_EVENT_MAX_AGE_MINUTES: '0' }, /PARTNER_CENTER_EVENT_MAX_AGE_MINUTES/],
      [{ PARTNER_CENTER_EVENT_CERT_HOSTS: 'https://x.example.com/cert' }, /PARTNER_CENTER_EVENT_CERT_HOSTS/],
      [{ PARTNER_CENTER_EVENT_ROOTS: 'Microsoft RSA Root Certificate Authority 2017' }, /PARTNER_CENTER_EVENT_ROOTS/],
      [{ FOLLOW_UP_POLLS_PER_MINUTE: '6001' }, /FOLLOW_UP_POLLS_PER_MINUTE/],
      [{ FOLLOW_UP_POLL_SECONDS: '86401' }, /FOLLOW_UP_POLL_SECONDS/],
      [{ FOLLOW_UP_POLL_SECONDS: 'soon' }, /FOLLOW_UP_POLL_SECONDS/],
    ];
    for (const [env, message] of cases) {
      assert.throws(
        () => followUpSettings(env),
        (e: unknown) => e instanceof ConfigError && message.test(e.message),
        JSON.stringify(env),
      );
      assert.throws(() => loadConfig({ PORT: '0', ...env }), ConfigError);
    }
  });

  it('makes app tokens only with both settings, without loading anything until asked', () => {
    assert.equal(followUpAppTokens(followUpSettings({})), undefined);
    assert.ok(followUpAppTokens(followUpSettings({ FOLLOW_UP_APP_ID: APP, PARTNER_TENANT_ID: TENANT })));
  });
});

describe('The webhooks command', () => {
  it('registers a https callback on the events path, with every registered event', () => {
    const command = parseWebhookArgs(['register', 'https://advisor.azurewebsites.net/api/partnercenter/events'], { PARTNER_TENANT_ID: TENANT });
    assert.deepEqual(command, {
      command: 'register',
      callbackUrl: 'https://advisor.azurewebsites.net/api/partnercenter/events',
      signIn: 'cli',
      tenant: TENANT,
      baseUrl: 'https://api.partnercenter.microsoft.com',
    });
    const body = registrationBody('https://a.example/api/partnercenter/events');
    assert.ok(typeof body !== 'string');
    assert.deepEqual(body.WebhookEvents.slice(0, 1), ['granular-admin-relationship-approved']);
    assert.ok(body.WebhookEvents.includes('test-created'));
  });

  it('refuses what Partner Center could not post to, and unknown words', () => {
    assert.match(callbackProblem('http://advisor.example/api/partnercenter/events')!, /https/);
    assert.match(callbackProblem('https://advisor.example/api/messages')!, /path/);
    assert.match(callbackProblem(undefined)!, /callback URL/);
    assert.equal(typeof parseWebhookArgs(['delete']), 'string');
    assert.equal(typeof parseWebhookArgs(['show', 'extra']), 'string');
    assert.equal(typeof parseWebhookArgs(['show', '--password', 'x']), 'string');
    assert.equal(typeof parseWebhookArgs(['show', '--base-url', 'http://partner.example']), 'string');
    assert.equal(typeof parseWebhookArgs(['show', '--sign-in', 'standin']), 'string');
  });

  it('talks to the stand-in on this machine with its own sign-in', () => {
    const command = parseWebhookArgs(['register', 'http://127.0.0.1:3978/api/partnercenter/events', '--base-url', 'http://127.0.0.1:5000/']);
    assert.equal(typeof command, 'object');
    assert.equal((command as { signIn: string }).signIn, 'standin');
    assert.equal((command as { baseUrl: string }).baseUrl, 'http://127.0.0.1:5000');
  });
});

describe('Partner Center events: headers and certificates', () => {
  it('reads the three headers, and says which one is missing or wrong', () => {
    const signature = Buffer.alloc(256, 7).toString('base64');
    const good = { authorization: `Signature ${signature}`, 'x-ms-certificate-url': CERT_URL, 'x-ms-signature-algorithm': 'RSA-SHA256' };
    assert.equal(readSignatureHeaders(good).ok, true);
    assert.deepEqual(readSignatureHeaders({ ...good, authorization: `Bearer ${signature}` }), { ok: false, reason: 'unsigned' });
    assert.deepEqual(readSignatureHeaders({ ...good, authorization: 'Signature not*base64' }), { ok: false, reason: 'unsigned' });
    assert.deepEqual(readSignatureHeaders({ ...good, 'x-ms-certificate-url': 'no url' }), { ok: false, reason: 'no-certificate-url' });
    assert.deepEqual(readSignatureHeaders({ ...good, 'x-ms-signature-algorithm': undefined }), { ok: false, reason: 'no-algorithm' });
    assert.deepEqual(readSignatureHeaders({ ...good, 'x-ms-signature-algorithm': 'hmac-sha256' }), { ok: false, reason: 'wrong-algorithm' });
  });

  it("allows by default only Partner Center's certificate host over https under /cert/, and Microsoft's or DigiCert's issuers", () => {
    const trust = eventTrust();
    const allowed = (u: string): boolean => trust.allowedCertificateUrl(new URL(u));
    assert.equal(allowed('https://3psostorageacct.blob.core.windows.net/cert/pcnotifications-dispatch.microsoft.com.cer'), true);
    for (const u of [
      'http://3psostorageacct.blob.core.windows.net/cert/pcnotifications-dispatch.microsoft.com.cer',
      'https://3psostorageacct.blob.core.windows.net:8443/cert/a.cer',
      'https://attacker.blob.core.windows.net/cert/a.cer',
      'https://3psostorageacct.blob.core.windows.net/other/a.cer',
      'https://3psostorageacct.blob.core.windows.net/cert/a.pem',
      'https://x@3psostorageacct.blob.core.windows.net/cert/a.cer',
    ]) {
      assert.equal(allowed(u), false, u);
    }
    assert.equal(trust.allowedIssuerUrl(new URL('http://www.microsoft.com/pkiops/certs/issuer.crt')), true);
    assert.equal(trust.allowedIssuerUrl(new URL('http://cacerts.digicert.com/DigiCertGlobalRootG2.crt')), true);
    assert.equal(trust.allowedIssuerUrl(new URL('http://169.254.169.254/metadata')), false);
    assert.equal(trust.organisation, 'Microsoft Corporation');
  });

  it("reads the certificate's organisation and its CA Issuers URI", () => {
    const leaf = new X509Certificate(file('test-signing.pem'));
    assert.equal(organisationOf(leaf), 'Microsoft Corporation');
    assert.deepEqual(
      caIssuersUrls(leaf).map((u) => u.href),
      ['http://pki.test.invalid/certs/test-intermediate.cer'],
    );
  });

  it("5.1/D18: register keeps the events registered already (a union) and refuses another tool's URL without --replace-url", () => {
    const ours = 'https://advisor.azurewebsites.net/api/partnercenter/events';
    const cipp = readRegistration({ WebhookUrl: 'https://cipp.example/api/PublicWebhooks', WebhookEvents: ['azure-fraud-event-detected', 'test-created'] })!;
    const refused = registrationBody(ours, cipp);
    assert.equal(typeof refused, 'string');
    assert.match(refused as string, /https:\/\/cipp\.example\/api\/PublicWebhooks.*--replace-url/s);
    const replaced = registrationBody(ours, cipp, true);
    assert.ok(typeof replaced !== 'string');
    assert.equal(replaced.WebhookUrl, ours);
    assert.ok(replaced.WebhookEvents.includes('azure-fraud-event-detected'), "the other tool's events are kept");
    assert.equal(replaced.WebhookEvents.filter((e) => e === 'test-created').length, 1);
    const again = registrationBody(
      `${ours}/`.slice(0, -1),
      readRegistration({
        webhookUrl: ours.replace('https://advisor', 'https://ADVISOR'),
        webhookEvents: ['invoice-ready'],
        signatureTokenToMsSignatureHeader: true,
      })!,
    );
    assert.ok(typeof again !== 'string', 'the same URL is updated without the flag');
    assert.ok(again.WebhookEvents.includes('invoice-ready'));
    assert.equal(again.SignatureTokenToMsSignatureHeader, true, 'the signature header choice is kept');
    assert.deepEqual((parseWebhookArgs(['register', ours, '--replace-url']) as { replaceUrl?: boolean }).replaceUrl, true);
    assert.equal(typeof parseWebhookArgs(['show', '--replace-url']), 'string');
    assert.equal((parseWebhookArgs(['--help']) as { command: string }).command, 'help');
    assert.match(USAGE, /--replace-url/);
  });

  it('D6: registers the access assignment events (activated, deleted, created, updated)', () => {
    const body = registrationBody('https://a.example/api/partnercenter/events');
    assert.ok(typeof body !== 'string');
    for (const e of ['activated', 'deleted', 'created', 'updated']) assert.ok(body.WebhookEvents.includes(`granular-admin-access-assignment-${e}`), e);
  });

  it('D16: reads a ResourceChangeUtcDate without an offset as UTC, and one with an offset as written', () => {
    const base = {
      EventName: 'test-created',
      ResourceUri: 'https://api.partnercenter.microsoft.com/webhooks/v1/registration/validationEvents/x',
      ResourceName: 'test',
    };
    assert.equal(readPartnerCenterEvent({ ...base, ResourceChangeUtcDate: '2026-11-25T10:00:00.1234567' })?.changedAt, '2026-11-25T10:00:00.123Z');
    assert.equal(readPartnerCenterEvent({ ...base, ResourceChangeUtcDate: '2026-11-25T10:00:00+02:00' })?.changedAt, '2026-11-25T08:00:00.000Z');
    assert.equal(readPartnerCenterEvent({ ...base, ResourceChangeUtcDate: '2026-11-25 10:00' }), undefined);
  });

  it("D2: checks the organisation of the certificate's issuer, as Microsoft's sample does, or of its subject", async () => {
    const issuerOnly = { ...testTrust(), organisation: 'Advisor Test Only' };
    const leaf = new X509Certificate(file('test-wrong-organisation.pem'));
    assert.equal(organisationOf(leaf, 'issuer'), 'Advisor Test Only');
    assert.equal(typeof (await new SigningCertificates(issuerOnly).certificate(new URL(WRONG_ORGANISATION_URL))), 'object', 'the issuer names it');
    const neither = { ...testTrust(), organisation: 'Fabrikam' };
    assert.equal(await new SigningCertificates(neither).certificate(new URL(WRONG_ORGANISATION_URL)), 'certificate-organisation');
    assert.equal(await new SigningCertificates(testTrust()).certificate(new URL(WRONG_ORGANISATION_URL)), 'certificate-organisation', 'Contoso, by a test CA');
  });

  it('D3: pins the roots a deployment names (PARTNER_CENTER_EVENT_ROOTS), and trusts no other', async () => {
    const pinned = pinnedRoots([MS_RSA_ROOT]);
    assert.deepEqual(
      pinned.map((r) => r.fingerprint256),
      [MS_RSA_ROOT],
    );
    assert.match(pinned[0]!.subject, /CN=Microsoft RSA Root Certificate Authority 2017/);
    assert.deepEqual(pinnedRoots(['00'.repeat(32).match(/../g)!.join(':')]), []);
    // The test chain is trusted under its own root, refused once the roots are pinned to Microsoft's.
    assert.equal(typeof (await new SigningCertificates(testTrust()).certificate(new URL(CERT_URL))), 'object');
    const pinnedTrust = { ...testTrust(), roots: () => pinned };
    assert.equal(await new SigningCertificates(pinnedTrust).certificate(new URL(CERT_URL)), 'certificate-untrusted');
  });

  it('downloads the certificate and its issuer once for many events', async () => {
    const trust = testTrust();
    const certificates = new SigningCertificates(trust);
    for (let i = 0; i < 3; i += 1) assert.equal(typeof (await certificates.certificate(new URL(CERT_URL))), 'object');
    assert.deepEqual(trust.downloads, [CERT_URL, 'http://pki.test.invalid/certs/test-intermediate.cer']);
  });

  it('refuses a chain whose issuer lives on a host not allowed', async () => {
    const trust = { ...testTrust(), allowedIssuerUrl: () => false };
    assert.equal(await new SigningCertificates(trust).certificate(new URL(CERT_URL)), 'certificate-untrusted');
  });

  describe('downloads', () => {
    let server: http.Server;
    let base: string;
    before(async () => {
      // (restify, loaded by other tests, replaces writeHead with one that does not return the response)
      server = http.createServer((req, res) => {
        if (req.url === '/redirect') {
          res.writeHead(302, { Location: '/cert' });
          res.end();
        } else if (req.url === '/big') {
          res.writeHead(200);
          res.end(Buffer.alloc(20_000));
        } else if (req.url === '/chunked-big') {
          res.writeHead(200);
          for (let i = 0; i < 20; i += 1) res.write(Buffer.alloc(1000));
          res.end();
        } else {
          res.writeHead(200);
          res.end(file('test-root.pem'));
        }
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    });

    it('reads a small file, follows no redirect and stops past the size cap', async () => {
      assert.ok((await downloadBytes(new URL(`${base}/cert`))).toString('utf8').includes('BEGIN CERTIFICATE'));
      await assert.rejects(downloadBytes(new URL(`${base}/redirect`)), /302/);
      await assert.rejects(downloadBytes(new URL(`${base}/big`)));
      await assert.rejects(downloadBytes(new URL(`${base}/chunked-big`)), /too large/);
      await assert.rejects(downloadBytes(new URL('file:///etc/passwd')), /http/);
    });
  });
});
