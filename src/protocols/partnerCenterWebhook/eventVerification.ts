// The cryptographic half of a Partner Center event's check, with node:crypto and no network: a
// downloaded certificate parsed, an issuer's name and signature over the certificate below it, the
// chain walked from the leaf to a trusted root (the issuers asked of a lookup the shell provides:
// it downloads and keeps them), the roots a deployment pins picked by fingerprint, and the RSA
// SHA-256 signature over the body's UTF-8 bytes, then the event read strictly and dated. What each
// fact adds up to is eventCertificateRules.ts and eventRequests.ts; the shell
// (src/hosting/cases/eventCertificates.ts, eventSignature.ts) downloads, keeps and answers.
import { verify as verifySignature, X509Certificate } from 'crypto';
import { PartnerCenterEvent, readPartnerCenterEvent } from '../../domain/partnerCenterEvents';
import { CertificateRefusal, chainStep, issuerAccepted, leafRefusal } from './eventCertificateRules';
import { EventRefusal, freshness } from './eventRequests';

export type EventVerdict = { ok: true; event: PartnerCenterEvent } | { ok: false; reason: EventRefusal };

/** The certificate in downloaded bytes (DER or PEM), or why not. */
export function readCertificate(bytes: Buffer): X509Certificate | 'certificate-unreadable' {
  try {
    return new X509Certificate(bytes);
  } catch {
    return 'certificate-unreadable';
  }
}

/** The certificates among PEM texts; one that does not parse is left out. */
export function readCertificates(pems: readonly string[]): X509Certificate[] {
  return pems.flatMap((pem) => {
    const read = readCertificate(Buffer.from(pem));
    return typeof read === 'string' ? [] : [read];
  });
}

/** The roots with one of these SHA-256 fingerprints (any case), each once. */
export function rootsWithFingerprints(candidates: readonly X509Certificate[], fingerprints: readonly string[]): X509Certificate[] {
  const wanted = new Set(fingerprints.map((f) => f.toUpperCase()));
  const found = new Map(candidates.filter((r) => wanted.has(r.fingerprint256)).map((r) => [r.fingerprint256, r]));
  return [...found.values()];
}

/** Whether `issuer` names itself the certificate's issuer and its key verifies the certificate's signature. */
export function issuedBy(certificate: X509Certificate, issuer: X509Certificate): boolean {
  return certificate.checkIssued(issuer) && certificate.verify(issuer.publicKey);
}

/** The downloaded issuer when it may stand in the chain above the certificate (issuerAccepted), else undefined. */
export function acceptedIssuer(certificate: X509Certificate, issuer: X509Certificate | undefined, now: number): X509Certificate | undefined {
  return issuer && issuerAccepted(issuer, issuedBy(certificate, issuer), now) ? issuer : undefined;
}

/** The certificate's issuer as the shell finds it (downloaded and accepted), or undefined. */
export type IssuerLookup = (certificate: X509Certificate) => Promise<X509Certificate | undefined>;

/** Whether a chain from the leaf, through the issuers the lookup finds, ends at one of the roots (chainStep). */
export async function chainTrusted(leaf: X509Certificate, roots: readonly X509Certificate[], now: number, issuerOf: IssuerLookup): Promise<boolean> {
  let current = leaf;
  for (let depth = 0; ; depth += 1) {
    const below = current;
    const step = chainStep(below, depth, roots, now, (root) => issuedBy(below, root));
    if (step !== 'climb') return step === 'trusted';
    const issuer = await issuerOf(below);
    if (!issuer) return false;
    current = issuer;
  }
}

/** A downloaded signing certificate checked: valid now, the organisation, a chain to a root; the certificate, or why not. */
export async function verifiedLeaf(
  leaf: X509Certificate,
  trust: { roots: readonly X509Certificate[]; organisation: string },
  now: number,
  issuerOf: IssuerLookup,
): Promise<X509Certificate | CertificateRefusal> {
  const refused = leafRefusal(leaf, now, trust.organisation);
  if (refused) return refused;
  return (await chainTrusted(leaf, trust.roots, now, issuerOf)) ? leaf : 'certificate-untrusted';
}

/** Whether the RSA SHA-256 signature over the body verifies with the certificate's key (PKCS #1 v1.5). */
export function signedBy(certificate: X509Certificate, body: Buffer, signature: Buffer): boolean {
  try {
    return certificate.publicKey.asymmetricKeyType === 'rsa' && verifySignature('sha256', body, certificate.publicKey, signature);
  } catch {
    return false;
  }
}

/**
 * The event a body holds, once its certificate was verified: the signature first, then JSON, then
 * the event read strictly, then its date. A late event is delivered (once, by its id): Partner
 * Center documents no end to its retries; one dated ahead of this clock is refused.
 */
export function eventVerdict(certificate: X509Certificate | CertificateRefusal, body: Buffer, signature: Buffer, now: number, maxAgeMs: number): EventVerdict {
  if (typeof certificate === 'string') return { ok: false, reason: certificate };
  if (!signedBy(certificate, body, signature)) return { ok: false, reason: 'bad-signature' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const event = readPartnerCenterEvent(parsed);
  if (!event) return { ok: false, reason: 'unreadable' };
  return freshness(event.changedAt, now, maxAgeMs) === 'future' ? { ok: false, reason: 'future' } : { ok: true, event };
}
