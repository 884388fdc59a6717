// The demonstration's signed Partner Center events: a copy of the test-only certificate authority
// (test/data/webhooks, made by its make.sh), the signing certificate's key, and the trust that
// accepts them. The demo's stand-ins sign each event as Partner Center would and the bot, handed
// demoEventTrust() by the development entry point, verifies it as it verifies Partner Center's.
// Nothing in src/ names this file; production trusts only Node's roots and Microsoft's hosts.
import { createSign, X509Certificate } from 'crypto';
import { EventTrust, eventTrust } from '../../src/hosting/cases/eventCertificates';

/** Where the demonstration says its certificate is: a name that never resolves, served from memory. */
export const DEMO_CERTIFICATE_URL = 'https://certs.standin.invalid/cert/pcnotifications-dispatch.cer';
const DEMO_ISSUER_URL = 'http://pki.test.invalid/certs/test-intermediate.cer';

const ROOT = [
  '-----BEGIN CERTIFICATE-----',
  'MIIDgTCCAmmgAwIBAgIUYN4v8oQ4sk57MtO8McPB4w8TD/0wDQYJKoZIhvcNAQEL',
  'BQAwSDELMAkGA1UEBhMCVVMxGjAYBgNVBAoMEUFkdmlzb3IgVGVzdCBPbmx5MR0w',
  'GwYDVQQDDBRBZHZpc29yIFRlc3QgUm9vdCBDQTAeFw0yNjExMjQyMDIzMzhaFw00',
  'NjExMTkyMDIzMzhaMEgxCzAJBgNVBAYTAlVTMRowGAYDVQQKDBFBZHZpc29yIFRl',
  'c3QgT25seTEdMBsGA1UEAwwUQWR2aXNvciBUZXN0IFJvb3QgQ0EwggEiMA0GCSqG',
  'SIb3DQEBAQUAA4IBDwAwggEKAoIBAQCs0DTzZaJwN2Kw04NOADKYp85PREXAJrqk',
  'xyy8NkwreC+V3Eqt96I9GWG2s6u6DYqElxF86M3atDCac9dnpJWVXFFb6E2hS40y',
  'gQhCNzSOADf6g1AUYlA7QsJlpS5dxDqTjc1xreF+JX7nAjIhYE/i4z3lbUrEIk23',
  '/n4I2v7nhL7NDVAnud9zFDVrPUZ5M5eHQ2iwD7oWbt5vslgW9p6B+GgN9iHN7Qmm',
  'DPWG6/eHFHXsKxW/GEZ0Jr6UG5xDrJ0wRE/4A00t82qmTdBZuifA1GBJXf6lj8qJ',
  'cJB/mWjFWE1PhPs8u5tm+WkH9aQdP/HUXKAz8zH+XnMU3xqGFWbjAgMBAAGjYzBh',
  'MB0GA1UdDgQWBBSrxA+jbNR5cLq5vocM/+OWK/4BZzAfBgNVHSMEGDAWgBSrxA+j',
  'bNR5cLq5vocM/+OWK/4BZzAPBgNVHRMBAf8EBTADAQH/MA4GA1UdDwEB/wQEAwIB',
  'BjANBgkqhkiG9w0BAQsFAAOCAQEAQDwwHwNdemGkNLPrCnJIkTf9C1kvAFnqSk91',
  'v0LJKPPnnd0jdmY7ZkHe5c4N4WXs6UNDJtOooFHxShCGW4N/FVtFU/u649vNcCXN',
  '+XHNIoTh4HKo6ECVgavIWY+RHYzy4ol3rdEU56s1Y+ZCef41L6+BdpUgU5CKNRT9',
  'sJYAYJAnnmK/bqndvkU3izDHEHGwSQ6hbtiAhd4tsO2AdUiEtMfsG2xXiKDcHZK7',
  '1k/wX/SLJTNly26eThvrn85yD7fWJA/g3kN4BX9F78wtWtNw/FicwE72Mwb8sMIT',
  'xCCKekNeFdo9s/XwkF0txJX2GDc8bUfgzmfOfYuFHXhzPyuHHQ==',
  '-----END CERTIFICATE-----',
].join('\n');

const INTERMEDIATE = [
  '-----BEGIN CERTIFICATE-----',
  'MIIDhzCCAm+gAwIBAgIUJqXJOlS9lmxXaJuOQ7iQQks7tZcwDQYJKoZIhvcNAQEL',
  'BQAwSDELMAkGA1UEBhMCVVMxGjAYBgNVBAoMEUFkdmlzb3IgVGVzdCBPbmx5MR0w',
  'GwYDVQQDDBRBZHZpc29yIFRlc3QgUm9vdCBDQTAeFw0yNjExMjQyMDIzMzhaFw00',
  'NjExMTkyMDIzMzhaMEsxCzAJBgNVBAYTAlVTMRowGAYDVQQKDBFBZHZpc29yIFRl',
  'c3QgT25seTEgMB4GA1UEAwwXQWR2aXNvciBUZXN0IElzc3VpbmcgQ0EwggEiMA0G',
  'CSqGSIb3DQEBAQUAA4IBDwAwggEKAoIBAQC4cOjZV7V3eR7uvHiXIDxw5f+bKdAk',
  'zENBoSlI2ePU6WQQbCzbr0Rm0thMnfZ8zwaXvQVhVxtvbfuK/VYuR6YI76Gj2M+t',
  'j5iKfATdXa/LXHELdxPq5/Co0Ix299YvzOar2Q6qBcwUz3qFShr+FGOay91TtjqT',
  'LIrWoUpIE8SEBi1eUQvWfeBXQ+XzsSDjaTBIiojOcqPo8u4r0Fnp7dWx0w6BC+6s',
  'Ym1eOINcLEub4OXEo8IU/MwqeO6nNGHVDb0yvolq3Y41SICXnlihj2mixPr3HJmu',
  'gbaxKwx3paKDMyRbn9ugmNgVLUYVKM4xb0zvdHVbnXtg2jgYe6tVLwNDAgMBAAGj',
  'ZjBkMBIGA1UdEwEB/wQIMAYBAf8CAQAwDgYDVR0PAQH/BAQDAgEGMB0GA1UdDgQW',
  'BBT6bMaRz0iNatFEfWivLWPmYoy4kjAfBgNVHSMEGDAWgBSrxA+jbNR5cLq5vocM',
  '/+OWK/4BZzANBgkqhkiG9w0BAQsFAAOCAQEAoTUIdhqjhdmbGZIwXL2ZDKawWE6M',
  'cM4cjRP3g2lGEJBcj0pSe+jF/zXtEcn9KeMLTdeRbY/TW9ZGPAJ6LeiCHlrQnU9O',
  'RYJA2RRJ5Nrg/NuYJk4zCzobzh75EPYAkxtgfCVJJj6MkU1airVFL2amKeiypEno',
  'd/5kLkIvLjjlsJw1WKJ6SZG+3So/BwQSKcAA56zGhPAPokJEriAilTmS1YfRxOHU',
  'kmai7X3jZiy84ztudvNEUo3++7tedh1XZK7zUivLib6gLYG1lc10ao4rzMLHAUYt',
  'by6rGhOQdacpigjxtxm7c/CpyNLwvVG/33nqQCvWP5dSVbRQ9HuebePlTA==',
  '-----END CERTIFICATE-----',
].join('\n');

const SIGNING_CERTIFICATE = [
  '-----BEGIN CERTIFICATE-----',
  'MIIEETCCAvmgAwIBAgIUFg/BGPPTvXCuKF1I2XfNevdQ0xswDQYJKoZIhvcNAQEL',
  'BQAwSzELMAkGA1UEBhMCVVMxGjAYBgNVBAoMEUFkdmlzb3IgVGVzdCBPbmx5MSAw',
  'HgYDVQQDDBdBZHZpc29yIFRlc3QgSXNzdWluZyBDQTAeFw0yNjExMjQyMDIzMzha',
  'Fw00NjExMTkyMDIzMzhaMIGEMQswCQYDVQQGEwJVUzETMBEGA1UECAwKV2FzaGlu',
  'Z3RvbjEQMA4GA1UEBwwHUmVkbW9uZDEeMBwGA1UECgwVTWljcm9zb2Z0IENvcnBv',
  'cmF0aW9uMS4wLAYDVQQDDCVwY25vdGlmaWNhdGlvbnMtZGlzcGF0Y2gudGVzdC5p',
  'bnZhbGlkMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA1hPTG+HQa/2k',
  'DeknOl40z+J9F4Sb/DQojjsaWm/ZPfPteXbWsjlnj+7tCyLK1KxDHwjKOc+TX0Va',
  'ng8E1tfxJx9eSVHZ+w3muC//Vu2BBnrqd0P7cjsNjrRVhH0XCxSP3oUZ9t63iLzM',
  'w0S9H/fly10gyZvPBNYwNIIm0Ney+a2jh16oB2RgHnTj27cBl+3GFQ62EpcLbU4Y',
  'vb5QoTNPsPG0eJweuBybqFO7e5UN7qGxgZtOhpizWJ7I/b1RbeGESjqatv8N8lw0',
  'm2sJMjd7Dklh0Icc/HvEPwd8NocG4SZMWJc9dOq4tyZa7EuNIRlNPlHmwmrAd684',
  'CtyUz14XpQIDAQABo4GyMIGvMAwGA1UdEwEB/wQCMAAwDgYDVR0PAQH/BAQDAgeA',
  'ME8GCCsGAQUFBwEBBEMwQTA/BggrBgEFBQcwAoYzaHR0cDovL3BraS50ZXN0Lmlu',
  'dmFsaWQvY2VydHMvdGVzdC1pbnRlcm1lZGlhdGUuY2VyMB0GA1UdDgQWBBSlrHN3',
  'CgnAJKB9Lwu9lSiXSNRLUzAfBgNVHSMEGDAWgBT6bMaRz0iNatFEfWivLWPmYoy4',
  'kjANBgkqhkiG9w0BAQsFAAOCAQEAbcgHjzMKrNNeCqNZrVVNc8gLD5NnswbZ5Ahk',
  'Mj3Tfg68srAxMSjvTggp98/YhsY8q2rxPcBb8bNs4ZXybOiRk5gEzC8IGYbjaiqP',
  '4D3CQjZE4vUtUTOyX/0iBBSkRtpDntkl4Z33J9W+nQHZ1tRXm7Zl/yz9Wh8O7sK8',
  'N1W1L+ulVtZHmTf3OlHBHRao2AZ6JoFVUB3VypmR5EgQMIKB/NWT3JuoS8iRUPxX',
  '/cvf+UkAm1c8As7JjXFSP8i3pD2i0eOa7PeFdor0cgg89u41rvuHwmuefqSrTESP',
  'gTD4kZ+zPZ7bDGwncLC9l4DTEktBk2Hv1CwCDcrQQRXtD8FB+A==',
  '-----END CERTIFICATE-----',
].join('\n');

/** Test-only: this key signs nothing but the demonstration's made-up events (allowed in .gitleaks.toml). */
const SIGNING_KEY = [
  '-----BEGIN PRIVATE KEY-----', // test-only key: gitleaks:allow pragma: allowlist secret
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQDWE9Mb4dBr/aQN',
  '6Sc6XjTP4n0XhJv8NCiOOxpab9k98+15dtayOWeP7u0LIsrUrEMfCMo5z5NfRVqe',
  'DwTW1/EnH15JUdn7Dea4L/9W7YEGeup3Q/tyOw2OtFWEfRcLFI/ehRn23reIvMzD',
  'RL0f9+XLXSDJm88E1jA0gibQ17L5raOHXqgHZGAedOPbtwGX7cYVDrYSlwttThi9',
  'vlChM0+w8bR4nB64HJuoU7t7lQ3uobGBm06GmLNYnsj9vVFt4YRKOpq2/w3yXDSb',
  'awkyN3sOSWHQhxz8e8Q/B3w2hwbhJkxYlz106ri3JlrsS40hGU0+UebCasB3rzgK',
  '3JTPXhelAgMBAAECggEAIYIE3y5fQyf2T78YxsgMGCXpUo8NI1K+rlSN8W3kYRAX',
  'MZXqUQcvMJZDQCT3/oXgE7F6hcX52UWvw2GybjZqpqcASRWouuUYIehRXTfbpDoF',
  'DRn095JKsvWDFTPHMZLMWhYXVE7UB3EV09Kkj6Zrr4MqKKRcqPMlpHJixPmeJ/o+',
  'TK2TUucfdubNMoZI05DvPLmCdQNzE2h2//YlUpWYTvjrDGn1x3Tdv64YARS34KN0',
  '+YhbYm7c5cENYjlOC+SfcECqJSpF1mYjaQJLDqY0nlDSCRuQBTBnCPnLGPhA1ybB',
  'So/vYNjtOu56TdV+hjr/zDet3kNzd1qEdqKz/LDXGQKBgQD78etwud4t/K+qBuui',
  'buvtn9sdvlUkppYdizSLN3MrTnMIzmjUSTJL8S04Djz0HOXD4IyoBCfHEIg82v1H',
  'LceRONRNcZyYDcQAaWD6XkQptyO7r8MXrtgZLCLSJ8hnU0+H9m9S0MUh2pqL7Rzc',
  'nNUN1y2qtuQozogLfZ4OiLO0JwKBgQDZheFsGRrs2mOlHAg7IJP39gGnPWZillCz',
  '3LXcjd03/HGLCfTyDZ7DmRtw1Jg21ZgNDJW9cw/cPo5bvSlZIbzuAUZ/b+ZA+Bxg',
  'VtT/4XH2owcYB5HuOZ0sj82NlqwCvp0B8TlJms49q/0g5SIaSaGuxtYepevfA+TY',
  'XvJK/tI5UwKBgDSYFu8sTd5Jvp3+3dfF0giD82jtH7cL85BtS+W4CJnEwazX8fhG',
  '43IJAciO6FiJY8mVKae1Xlxm7hnOGUtvmhaNx3v3OJphXUY8uVrqrM4MhjAbC934',
  'yPHQTeCTH3m6YYLfhfPC0zQy/0owkHLZZnyCK+1USqLeInZLneAo12LHAoGBAMq/',
  '7XOymtQ2YzacwFdMcF9pX/UgV/SAo0xi5uhjGtV6aeLtLvEHHPq4FUm//vjtckKH',
  'fnMNcrUZYdvEn2vC9LTrX2idRoM8QEbT6Mlwu6bmIlCVjcH81bGZgED/NemA/hu3',
  'Wmxu7NmzG8ezi2vxQdEE6MO8Z/SBTqcXKMQabJydAoGAJJZJNjXm5ntCXtflvRLf',
  'j0hgiCo6qVi4ULrugl2XNqnH1EC68onVLv8zR9NADeEbNAPUQSYSD5IFSvETtR96',
  'Q1dqyAlPHwsVomB3v5Q0m2xfWbGw3To6YMtsKvFoUJfkid263KygHTmGltwZncAw',
  '7bNLuFjZV14lIevoIEdu4uk=',
  '-----END PRIVATE KEY-----',
].join('\n');

/** The trust of the demonstration: the test root, and the two certificates served from memory. */
export function demoEventTrust(): EventTrust {
  const files = new Map([
    [DEMO_CERTIFICATE_URL, SIGNING_CERTIFICATE],
    [DEMO_ISSUER_URL, INTERMEDIATE],
  ]);
  const roots = [new X509Certificate(ROOT)];
  return eventTrust({
    certificateHosts: [new URL(DEMO_CERTIFICATE_URL).hostname],
    issuerHosts: [new URL(DEMO_ISSUER_URL).hostname],
    roots: () => roots,
    fetchBytes: async (url) => {
      const pem = files.get(url.href);
      if (pem === undefined) throw new Error('Not a demonstration certificate.');
      return Buffer.from(pem);
    },
  });
}

/** The headers Partner Center sends with a body: the signature over its UTF-8 bytes, the certificate's URL, the algorithm. */
export function signEvent(body: string): Record<string, string> {
  const signature = createSign('sha256').update(Buffer.from(body, 'utf8')).sign(SIGNING_KEY, 'base64');
  return {
    Authorization: `Signature ${signature}`,
    'x-ms-certificate-url': DEMO_CERTIFICATE_URL,
    'x-ms-signature-algorithm': 'rsa-sha256',
    'Content-Type': 'application/json',
  };
}
