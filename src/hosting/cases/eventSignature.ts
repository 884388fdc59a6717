// Whether a POSTed event really comes from Partner Center: the certificate its headers name
// downloaded and trusted (eventCertificates.ts), then the signature, the event and its date checked
// by a pure rule (src/protocols/partnerCenterWebhook/eventVerification.ts: eventVerdict); what the
// headers must hold is src/protocols/partnerCenterWebhook/eventRequests.ts. Every refusal is a
// reason code, never an exception.
import type { PartnerCenterEvent } from '../../domain/partnerCenterEvents';
import { freshness, SignedRequest } from '../../protocols/partnerCenterWebhook/eventRequests';
import { EventVerdict, eventVerdict } from '../../protocols/partnerCenterWebhook/eventVerification';
import { EventTrust, SigningCertificates } from './eventCertificates';

export { FUTURE_SKEW_MS, readSignatureHeaders } from '../../protocols/partnerCenterWebhook/eventRequests';
export type { EventRefusal, HeaderVerdict, SignedRequest } from '../../protocols/partnerCenterWebhook/eventRequests';
export type { EventVerdict } from '../../protocols/partnerCenterWebhook/eventVerification';

export interface VerifierOptions {
  trust: EventTrust;
  /** An event dated longer ago than this is refused. */
  maxAgeMinutes: number;
  now?: () => number;
}

export class EventVerifier {
  private readonly certificates: SigningCertificates;
  private readonly now: () => number;
  private readonly maxAgeMs: number;

  constructor(options: VerifierOptions) {
    this.now = options.now ?? Date.now;
    this.maxAgeMs = options.maxAgeMinutes * 60_000;
    this.certificates = new SigningCertificates(options.trust, this.now);
  }

  /** The whole check of a request whose headers passed readSignatureHeaders. Never rejects. */
  async verify(request: SignedRequest, body: Buffer): Promise<EventVerdict> {
    const certificate = await this.certificates.certificate(request.certificateUrl);
    return eventVerdict(certificate, body, request.signature, this.now(), this.maxAgeMs);
  }

  /** Why an event's date refuses it, or undefined when it is recent enough. */
  freshness(event: PartnerCenterEvent): 'stale' | 'future' | undefined {
    return freshness(event.changedAt, this.now(), this.maxAgeMs);
  }
}
