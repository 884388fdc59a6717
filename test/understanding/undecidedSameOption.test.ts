// Kind "undecided", two channels told that are one option: in the cloud operated by 21Vianet an
// EA and Open are both "somewhere else" (neither 21Vianet nor this partner as a former Advisor).
// A case left undecided between them has that one answer, said as surely as either was: nothing
// is left to ask.
import { checkKind } from './kindCheck';

describe('kind: undecided, two channels left open that are the same option in the stated cloud answer it', () => {
  checkKind([
    ['en-US', 'China cloud (21Vianet). They said EA, then Open; nobody has confirmed yet.', { cloud: 'china', channel: 'other' }],
    ['ru-RU', 'Облако 21Vianet. Сначала говорили EA, потом Open, так и не решили.', { cloud: 'china', channel: 'other' }],
    ['zh-CN', '世纪互联的云。他们说过EA，也说过Open，还没决定。', { cloud: 'china', channel: 'other' }],
    ['pt-BR', 'Nuvem da 21Vianet. Falaram em EA, depois em Open; ninguém confirmou ainda.', { cloud: 'china', channel: 'other' }],
    ['hu-HU', '21Vianet felhő. EA-t mondtak, aztán Open-t, nem tudtuk eldönteni.', { cloud: 'china', channel: 'other' }],
  ]);
});
