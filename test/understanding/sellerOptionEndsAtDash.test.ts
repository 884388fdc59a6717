// An either/or whose unread side names a seller ("or at some computer store", «то ли у какого-то
// дилера») ends that side at a dash of the message, which the reader holds as a space: the words after
// the dash are no part of the option, so the read side stays a possibility, asked, not the answer.
import { checkRead } from './kindCheck';

describe('a seller option of an either/or ends at a dash', () => {
  checkRead([
    [
      'ru-RU',
      'Office 365 они брали то ли по Open Value, то ли у какого-то дилера — в бумагах бухгалтерии ничего толком не разобрать.',
      { service: 'license' },
      { hedged: { channel: 'open' } },
    ],
    [
      'en-US',
      'They got Azure either through an EA or from some local computer store — the paperwork they sent over really does not say anything.',
      { service: 'usage' },
      { hedged: { channel: 'ea' } },
    ],
    [
      'hu-HU',
      'A Microsoft 365-öt vagy Open Value-n, vagy egy boltban vették – a papírokból semmit nem lehet kideríteni, sajnos.',
      { service: 'license' },
      { conflicts: ['channel'] },
    ],
    [
      'ru-RU',
      'Office 365 они брали то ли по Open Value, то ли по EA — в бумагах бухгалтерии ничего толком не разобрать.',
      { service: 'license' },
      { conflicts: ['channel'] },
    ],
    [
      'en-US',
      'They hold either Azure or Office 365 bought straight from Microsoft online – nobody could tell which. We are T1.',
      { channel: 'microsoft', partnerType: 'direct' },
      { conflicts: ['service'] },
    ],
  ]);
});
