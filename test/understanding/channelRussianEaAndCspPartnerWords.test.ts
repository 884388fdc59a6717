// Channel words in Russian: «трёхлетний энтерпрайз» / «энтерпрайз с Microsoft» is the Enterprise
// Agreement said in the trade's own word; «партнёр по CSP» is another CSP partner, as «CSP-партнёр».
// «Office 365 энтерпрайз E3» stays a plan name, and «мы партнёр по CSP» is our role, not the channel.
// Written for these tests.
import { checkKind } from './kindCheck';

describe('kind: channelWords, the Enterprise Agreement and a CSP partner in Russian trade words', () => {
  checkKind([
    ['ru-RU', 'У клиента трёхлетний «энтерпрайз», Azure идёт по нему.', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Они подписывали энтерпрайз с Майкрософтом, на нём Office 365.', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'Office 365 брали через партнёра по CSP, теперь хотят перейти к нам.', { channel: 'otherCsp', service: 'license', goal: 'move' }],
  ]);
});
