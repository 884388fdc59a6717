// Kind "an ordinary CSP": a seller named as "a regular CSP" («обычный CSP», "普通的 CSP", "um CSP
// comum", "egy sima CSP") is another CSP partner. Unread, the option it was set against ("a
// syndication partner, or maybe just a regular CSP") stood alone and was taken.
import { checkKind } from './kindCheck';

describe('kind: an ordinary CSP, offered against another channel leaves both open', () => {
  checkKind([
    ['en-US', 'They bought Azure from a syndication partner, or maybe it was just a regular CSP.', { service: 'usage' }, ['channel']],
    ['ru-RU', 'Azure купили у партнёра по синдикации, а может, у обычного CSP.', { service: 'usage' }, ['channel']],
    ['zh-CN', 'Azure 是从联合合作伙伴买的，也可能是普通的 CSP。', { service: 'usage' }, ['channel']],
    ['pt-BR', 'Compraram o Azure de um parceiro de sindicação, ou talvez de um CSP comum.', { service: 'usage' }, ['channel']],
    ['hu-HU', 'Az Azure-t egy syndication partnertől vették, vagy talán egy sima CSP-től.', { service: 'usage' }, ['channel']],
  ]);
});

describe('kind: an ordinary CSP, ourselves so described is no channel', () => {
  checkKind([
    ['en-US', "We're a regular CSP partner.", {}],
    ['ru-RU', 'Мы обычный CSP-партнер.', {}],
    ['zh-CN', '我们是普通的 CSP 合作伙伴。', {}],
    ['pt-BR', 'Somos um parceiro CSP comum.', {}],
    ['hu-HU', 'Mi egy sima CSP partner vagyunk.', {}],
  ]);
});
