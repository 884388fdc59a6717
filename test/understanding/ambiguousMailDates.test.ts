// Mails pasted one under another are read bottom-newest only when their dates grow down the page
// however a date whose day and month could be either (6/2/2025) is read, so a US thread newest on
// top ("6/2" is June 2) is not taken for one pasted oldest first.
import { checkKind } from './kindCheck';

const lines = (...l: string[]): string => l.join('\n');

describe('a date that could be read either way orders no thread', () => {
  checkKind([
    [
      'en-US',
      lines(
        'From: Dana Wu',
        'Sent: 7/3/2025 10:05 AM',
        'Subject: RE: Tailspin',
        'Latest: Tailspin keeps its EA and wants us only to look after the Microsoft 365 tenant.',
        '',
        'From: Omar Reyes',
        'Sent: 6/20/2025 2:40 PM',
        'Subject: Tailspin',
        'Tailspin wants its Microsoft 365 moved from the EA to us.',
      ),
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      lines(
        'From: Dana Wu',
        'Sent: 6/2/2025 10:05 AM',
        'Subject: RE: Tailspin',
        'Latest: Tailspin keeps its EA and wants us only to look after the Microsoft 365 tenant.',
        '',
        'From: Omar Reyes',
        'Sent: 5/13/2025 2:40 PM',
        'Subject: Tailspin',
        'Tailspin wants its Microsoft 365 moved from the EA to us.',
      ),
      { channel: 'ea', service: 'license', goal: 'support' },
    ],
    // Near misses: dates that grow read either way (the same day, later hours), or can be read one
    // way only, still put the newest mail at the bottom.
    [
      'en-US',
      lines(
        'From: Omar Reyes',
        'Sent: 04/06/2025 09:10',
        'Tailspin wants us only to look after its Microsoft 365, on an EA.',
        '',
        'From: Dana Wu',
        'Sent: 04/06/2025 15:25',
        'Update: they changed their mind, they want the Microsoft 365 subscriptions moved to us.',
      ),
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
    [
      'en-US',
      lines(
        'From: Omar Reyes',
        'Sent: 20/06/2025 14:40',
        'Subject: Tailspin',
        'Tailspin wants us only to look after its Microsoft 365, on an EA.',
        '',
        'From: Dana Wu',
        'Sent: 13/07/2025 10:05',
        'Subject: RE: Tailspin',
        'Update: they changed their mind, they want the Microsoft 365 subscriptions moved to us.',
      ),
      { channel: 'ea', service: 'license', goal: 'move' },
    ],
  ]);
});
