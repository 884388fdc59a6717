// The plain word for the global cloud ("обычное", "商业版/商用版", "o comercial") offered by "or"
// against a cloud the reader knows is that cloud's option: the two leave the cloud asked, and a
// reference after them decides. Said of something else ("o comercial da empresa", "商业版还是企业版")
// or against a word that is no cloud ("政府版" alone), it states nothing.
import { checkKind } from './kindCheck';

describe('the ordinary cloud offered by "or" against another cloud', () => {
  checkKind([
    ['ru-RU', 'Облако у клиента то ли китайское, то ли обычное — не помню. Office 365 через EA.', { channel: 'ea', service: 'license' }, ['cloud']],
    ['ru-RU', 'Облако или обычное, или китайское, никто не знает. Office 365 через EA.', { channel: 'ea', service: 'license' }, ['cloud']],
    ['ru-RU', 'Облако китайское или обычное? Второе. Office 365 через EA.', { cloud: 'global', channel: 'ea', service: 'license' }],
    ['zh-CN', '云是美国政府版还是商业版，我也不确定。Azure走EA。', { channel: 'ea', service: 'usage' }, ['cloud']],
    ['zh-CN', '他们用商用版还是美国政府版，客户那边也讲不清。Azure走EA。', { channel: 'ea', service: 'usage' }, ['cloud']],
    ['pt-BR', 'O Partner Center deles é do governo americano ou o comercial, ninguém sabe. Azure via EA.', { channel: 'ea', service: 'usage' }, ['cloud']],
    ['pt-BR', 'O tenant está no governo americano ou no comercial? O segundo. Azure via EA.', { cloud: 'global', channel: 'ea', service: 'usage' }],
    // Near misses: the word is about something else, or the other option is no cloud.
    ['ru-RU', 'Наш реселлер то ли обычный, то ли дистрибьютор, не помню. Office 365 через EA.', { channel: 'ea', service: 'license' }],
    ['zh-CN', '客户要的是Microsoft 365商业版还是企业版，说不准。走EA。', { channel: 'ea', service: 'license' }],
    ['zh-CN', '客户用的是商用版还是政府版，谁都说不清。Azure走EA。', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'Falei com o pessoal do governo ou o comercial, eles compram Azure via EA.', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'Quem assina é o governo americano ou o comercial da empresa? Azure via EA.', { channel: 'ea', service: 'usage' }],
  ]);
});
