// A thread's subject line is read as a part of the thread: "bought from somewhere else" or "from
// us when we were an Advisor" in it is placed by the cloud the thread states, as in any part.
// "Directly from Microsoft" against a seller is two accounts, asked, unless it is Microsoft said
// again after its own denial: a denial of something else, or one said after it, restates nothing.
import { checkKind, checkRead } from './kindCheck';

describe('channel: a subject line is a part; Microsoft restated only after its own denial', () => {
  checkKind([
    [
      'en-US',
      'It is the China cloud, Office 365.\n\nFrom: Anna\nSent: Monday\nSubject: RE: bought from somewhere else\n\nThey want to move it to us.',
      { cloud: 'china', channel: 'other', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      'It is the China cloud, Office 365.\n\nFrom: Anna\nSent: Monday\nSubject: RE: bought from us when we were an Advisor\n\nThey want to move it to us.',
      { cloud: 'china', channel: 'formerAdvisor', service: 'license', goal: 'move' },
    ],
  ]);
  checkRead([
    [
      'en-US',
      "They don't use Azure. They bought Office 365 directly from Microsoft, but finance says from a local reseller.",
      { service: 'license' },
      { conflicts: ['channel'] },
    ],
    [
      'en-US',
      'Not through EA. They bought Office 365 directly from Microsoft, but finance says from a local reseller.',
      { service: 'license' },
      { conflicts: ['channel'], negated: ['channel'] },
    ],
    [
      'en-US',
      'They bought Office 365 directly from Microsoft, but finance says from a local reseller, not from Microsoft.',
      { service: 'license' },
      { conflicts: ['channel'], negated: ['channel'] },
    ],
  ]);
});
