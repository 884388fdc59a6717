// A party said to have attended or joined the meeting or the call ("the distributor (indirect
// provider) also joined the meeting") is someone present, and the role named for it, bracketed
// gloss and all, is that party's, not ours; "we (the distributor) joined the call" stays ours.
import { checkKind } from './kindCheck';

describe('a role of a party that attended the meeting is not ours', () => {
  checkKind([
    ['en-US', 'Recap:\n- The distributor (indirect provider) also attended the call for them\n- Azure on an EA', { channel: 'ea', service: 'usage' }],
    ['en-US', 'Notes: the disti joined the meeting too. Customer pays Microsoft directly for Dynamics 365.', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'Итоги: дистрибьютор (непрямой поставщик) тоже участвовал во встрече. У клиента Azure по EA.', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'Resumo: o distribuidor (provedor indireto) também participou da reunião. O cliente tem Azure via EA.', { channel: 'ea', service: 'usage' }],
    [
      'hu-HU',
      'Összefoglaló: a disztribútor (közvetett szolgáltató) is részt vett a megbeszélésen. Az ügyfél Azure-t EA-n vesz.',
      { channel: 'ea', service: 'usage' },
    ],
    ['zh-CN', '纪要：分销商（间接提供商）也出席了会议。客户的 Azure 是在 EA 下买的。', { channel: 'ea', service: 'usage' }],
    // Near misses: our own role said with the meeting, or a role whose bracket is followed by a mark, stays ours.
    [
      'en-US',
      'We (the distributor) joined the call with the customer. Their Azure is on an EA.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' },
    ],
    [
      'en-US',
      'Azure via EA. We are the distributor (indirect provider); the customer attended the call.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectProvider' },
    ],
  ]);
});
