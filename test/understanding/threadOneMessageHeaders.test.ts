// Kind "thread": a pasted mail of one message, its header lines above it ("From:", "To:", "Sent:")
// and no older message below. The header lines name people, addresses and dates, never the case,
// with or without a subject line: a team named in "To:" ("Azure Support Team") is no product of
// this customer's.
import { checkKind } from './kindCheck';

describe('kind: thread, the header lines of a one-message mail are not read', () => {
  checkKind([
    [
      'en-US',
      'From: Tom Reyes <tom@contoso-dental.com>\nSent: Wednesday, May 7, 2025 10:02 AM\nTo: Azure Support Team <azure@northwind-it.com>\n\nWe bought Office 365 through another CSP.',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'en-US',
      'From: Tom Reyes <tom@contoso-dental.com>\nTo: Azure Support Team <azure@northwind-it.com>\nSubject: RE:\n\nWe bought Office 365 through another CSP.',
      { channel: 'otherCsp', service: 'license' },
    ],
    [
      'pt-BR',
      'De: Carla Mendes <carla@padariaaurora.com.br>\nPara: Equipe Azure <azure@nuvemsul.com.br>\n\nCompramos o Microsoft 365 direto da Microsoft.',
      { channel: 'microsoft', service: 'license' },
    ],
  ]);
});

describe('kind: thread, an empty subject line is read as no subject', () => {
  // "Subject: RE:" names nothing: the mail is read as one message, its quoted call question asked
  // ("did they buy it through EA?" answered "did not say" leaves the channel open).
  checkKind([
    ['en-US', 'From: Tom Reyes\nSubject: RE:\n\nAgent: did they buy it through EA?\nThe customer did not say. They have Office 365.', { service: 'license' }],
    ['pt-BR', 'De: Carla Mendes\nAssunto: RES:\n\nAgente: compraram pelo EA?\nO cliente não disse. Eles têm Microsoft 365.', { service: 'license' }],
  ]);
});
