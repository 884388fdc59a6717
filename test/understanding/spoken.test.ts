// Kind "spoken": numbers and names as said aloud, no punctuation, filler words.
import { checkKind } from './kindCheck';

describe('kind: spoken (transcribed words read as written ones)', () => {
  checkKind([
    ['en-US', 'uh so they got o three six five through an e a and we are tier two', { channel: 'ea', service: 'license' }, ['partnerType']],
    ['en-US', 'twenty one vianet cloud bought from another see ess pee', { cloud: 'china', channel: 'other' }],
    ['ru-RU', 'ну короче офис три шесть пять через и эй мы тир один', { channel: 'ea', service: 'license', partnerType: 'direct' }],
    ['zh-CN', '嗯 那个 欧三六五 是通过 E A 买的 我们是一级合作伙伴', { channel: 'ea', service: 'license', partnerType: 'direct' }],
    [
      'pt-BR',
      'tipo o cliente comprou o três seis cinco de outro cê esse pê né a gente é tier um',
      { channel: 'otherCsp', service: 'license', partnerType: 'direct' },
    ],
    ['hu-HU', 'hát izé ó háromhatvanöt egy másik cé es pé partnertől mi tier egy vagyunk', { channel: 'otherCsp', service: 'license', partnerType: 'direct' }],
  ]);
});

describe('kind: spoken, numbers said the long way, and "open" before "and"', () => {
  checkKind([
    ['en-US', 'they got office three sixty five from another CSP', { channel: 'otherCsp', service: 'license' }],
    ['en-US', 'bought it through open and they want support', { channel: 'open', goal: 'support' }],
    ['ru-RU', 'купили о триста шестьдесят пять у другого CSP', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '客户的 O 三百六十五 是从别的 CSP 买的 我们是 T 一', { channel: 'otherCsp', service: 'license', partnerType: 'direct' }],
    ['pt-BR', 'compraram o ó três meia cinco de outro CSP', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', 'az ügyfél az o háromszázhatvanötöt egy másik CSP partnertől vette', { channel: 'otherCsp', service: 'license' }],
  ]);
});

describe('kind: spoken, a negation said before a correction belongs to what is taken back', () => {
  checkKind([
    ['en-US', 'bought directly from microsoft no sorry through open value', { channel: 'open' }],
    ['ru-RU', 'купили напрямую у майкрософта нет простите через open value', { channel: 'open' }],
    ['zh-CN', '客户直接从微软买的 不 不对 是通过 Open Value 买的', { channel: 'open' }],
    ['pt-BR', 'compraram direto da microsoft nao desculpa pelo open value', { channel: 'open' }],
    ['hu-HU', 'közvetlenül a microsofttól vették nem bocsánat open value-n keresztül', { channel: 'open' }],
  ]);
});

describe('kind: spoken, the Open programme in the speaker\'s script or words ("опен", "Open 许可") is the channel, not a licence', () => {
  checkKind([
    ['en-US', 'their Azure was bought through open licensing', { channel: 'open', service: 'usage' }],
    ['ru-RU', 'Azure купили через опен, хотят поддержку', { channel: 'open', service: 'usage' }],
    ['zh-CN', '客户的 Azure 是通过 Open 许可买的', { channel: 'open', service: 'usage' }],
    ['pt-BR', 'o Azure foi comprado pela licença Open', { channel: 'open', service: 'usage' }],
    ['hu-HU', 'az Azure-t Open licenccel vették', { channel: 'open', service: 'usage' }],
  ]);
});

describe('kind: spoken, a word spelled out letter by letter ("a z u r e", "cé esz pé") is that word when the lexicons know it', () => {
  checkKind([
    ['en-US', 'so it is a z u r e bought from another c s p', { channel: 'otherCsp', service: 'usage' }],
    ['en-US', 'I see you bought Office 365 through EA', { channel: 'ea', service: 'license' }],
    ['ru-RU', 'у них a z u r e от другого си эс пи', { channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', '嗯 是 a z u r e 从别的 c s p 买的', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'é a z u r e comprado de outro cê esse pê', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'egy a z u r e előfizetés egy másik cé esz pé partnertől', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'hát az e á keretében vették', { channel: 'ea' }],
  ]);
});

describe('kind: spoken, the letter T said aloud with its number is the tier ("tee one", «ти два», "tê um", "té egy")', () => {
  checkKind([
    ['en-US', 'ok so we are a tee two reseller on this one', { partnerType: 'indirectReseller' }],
    ['ru-RU', 'мы вообще ти один партнёр', { partnerType: 'direct' }],
    ['zh-CN', '嗯我们是 T 一 直接合作伙伴', { partnerType: 'direct' }],
    ['pt-BR', 'a gente hoje é parceiro, somos tê um', { partnerType: 'direct' }],
    ['hu-HU', 'mi té kettő viszonteladó vagyunk', { partnerType: 'indirectReseller' }],
    // "te" is a word of its own in Portuguese and Hungarian: without a role around it, nothing.
    ['pt-BR', 'vou te um dia mandar isso', {}],
    ['hu-HU', 'te egy nagyon türelmes kolléga vagy', {}],
  ]);
});

describe('kind: spoken, the letter M said aloud before "365" is Microsoft 365', () => {
  checkKind([
    ['en-US', 'so uh they run em three six five business premium', { service: 'license' }],
    ['ru-RU', 'у них эм три шесть пять, брали у другого партнёра', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '他们用的是 m 三百六十五', { service: 'license' }],
    ['pt-BR', 'eles usam o eme trezentos e sessenta e cinco faz tempo', { service: 'license' }],
    ['hu-HU', 'nekik em háromhatvanötjük van egy másik partnertől', { channel: 'otherCsp', service: 'license' }],
  ]);
});

describe('kind: spoken, a letter said aloud that is also a filler («эм») spells a word when letters follow it', () => {
  checkKind([
    ['en-US', 'uh so they bought it on em pee ess ay, Office 365 seats', { channel: 'open', service: 'license' }],
    ['ru-RU', 'эм, заказчик покупал по эм пэ эс эй, это Office 365', { channel: 'open', service: 'license' }],
    ['ru-RU', 'они через эм-пи-эс-эй брали Office 365', { channel: 'open', service: 'license' }],
    ['zh-CN', '嗯，他们是 M P S A 买的 Office 365', { channel: 'open', service: 'license' }],
    ['pt-BR', 'então, eles compraram pelo eme pê esse a, Office 365', { channel: 'open', service: 'license' }],
    ['hu-HU', 'szóval em pé esz á szerződésen vették az Office 365-öt', { channel: 'open', service: 'license' }],
  ]);
});

describe('kind: spoken, the clipped spoken word for a distributor ("disti", «дистр», "diszti") is that role', () => {
  checkKind([
    ['en-US', "Whether we go as T1 or through the disti, I don't know yet.", {}, ['partnerType']],
    ['ru-RU', 'Пойдём ли мы как T1 или через дистра, пока не знаю.', {}, ['partnerType']],
    ['ru-RU', 'Мы реселлер, работаем через дистра. Azure по EA.', { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' }],
    ['hu-HU', 'Hogy T1-ként megyünk vagy a disztin keresztül, még nem tudom.', {}, ['partnerType']],
    [
      'hu-HU',
      'Viszonteladók vagyunk, a disztin keresztül vásárolunk. Azure EA-n keresztül.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
  ]);
});

describe('kind: spoken, a name spelled aloud with a case ending ("cé es pénél") is the name', () => {
  checkKind([
    ['en-US', 'the azure sub is with another see ess pee partner', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'у них ажур у другого си эс пи партнёра', { channel: 'otherCsp', service: 'usage' }],
    ['zh-CN', '客户的Azure在另一家C S P那里', { channel: 'otherCsp', service: 'usage' }],
    ['pt-BR', 'a assinatura azure está com outro cê ésse pê', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'az ügyfél ázúr előfizetése egy másik cé es pénél van', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'egy másik cé es pétől vették az azure-t', { channel: 'otherCsp', service: 'usage' }],
  ]);
});

describe('kind: spoken, the US Government cloud said short ("gov partner center")', () => {
  checkKind([
    ['en-US', 'gov partner center cust bought o three six five direct from msft', { cloud: 'usgov', channel: 'microsoft', service: 'license' }],
    ['en-US', 'we are in the government partner center', { cloud: 'usgov' }],
    ['ru-RU', 'мы в гос партнер центре', { cloud: 'usgov' }],
    ['zh-CN', '我们用的是政府版合作伙伴中心', { cloud: 'usgov' }],
    ['pt-BR', 'estamos no partner center gov', { cloud: 'usgov' }],
    ['hu-HU', 'gov partner centerben vagyunk', { cloud: 'usgov' }],
    ['hu-HU', 'a kormányzati partnerközpontban vagyunk', { cloud: 'usgov' }],
  ]);
});

describe('kind: spoken, direct billing said in everyday words ("direkt számlázunk")', () => {
  checkKind([
    ['en-US', "we're direct billing", { partnerType: 'direct' }],
    ['ru-RU', 'мы на директ биллинге', { partnerType: 'direct' }],
    ['zh-CN', '我们是直接计费的', { partnerType: 'direct' }],
    ['pt-BR', 'a gente é faturamento direto', { partnerType: 'direct' }],
    ['hu-HU', 'mi direkt számlázunk', { partnerType: 'direct' }],
    ['hu-HU', 'direkt számlázású partner vagyunk', { partnerType: 'direct' }],
  ]);
});

describe('kind: spoken, 21Vianet as captions write it ("twenty one via net", «世纪胡连»)', () => {
  checkKind([
    ['en-US', 'they bought it from twenty one via net', { cloud: 'china', channel: 'vianet' }],
    ['ru-RU', 'брали у двадцать один виа нет', { cloud: 'china', channel: 'vianet' }],
    ['zh-CN', '客户是从世纪胡连买的阿祖尔', { cloud: 'china', channel: 'vianet', service: 'usage' }],
    ['zh-CN', '客户是从世纪互连买的', { cloud: 'china', channel: 'vianet' }],
    ['pt-BR', 'compraram da vinte e um via net', { cloud: 'china', channel: 'vianet' }],
    ['hu-HU', 'huszonegy via nettől vették', { cloud: 'china', channel: 'vianet' }],
  ]);
});

describe('kind: spoken, a name spelled aloud right after a correction ("open no sorry e a")', () => {
  checkKind([
    ['en-US', "customer's on open no sorry e a for their m three sixty five seats", { channel: 'ea', service: 'license' }],
    ['en-US', "they're on open i mean e a", { channel: 'ea' }],
    ['ru-RU', 'купили через опен нет простите через и эй', { channel: 'ea' }],
    ['zh-CN', '是通过open买的 不对 是通过E A买的', { channel: 'ea' }],
    ['pt-BR', 'compraram pelo open não desculpa pelo i ei', { channel: 'ea' }],
    ['hu-HU', 'open-en vették nem bocsánat EA-n keresztül', { channel: 'ea' }],
  ]);
});

describe('kind: spoken, a doubled "no" answering a question takes back what the question named ("no no commercial")', () => {
  checkKind([
    ['en-US', 'so you guys are on the gov partner center Tom 10:02 no no commercial', { cloud: 'global' }],
    ['ru-RU', 'мы в гос партнер центре? нет нет коммерческий партнер центр', { cloud: 'global' }],
    ['zh-CN', '是政府版合作伙伴中心吗 不是不是 是全球版合作伙伴中心', { cloud: 'global' }],
    ['pt-BR', 'vocês estão no partner center gov? não não no partner center comercial', { cloud: 'global' }],
    ['hu-HU', 'a gov partner centerben vagytok? nem nem a kereskedelmi partnerközpontban', { cloud: 'global' }],
  ]);
});

describe('kind: spoken, a product name as captions write it in the speaker\'s script ("эксчейндж онлайн", "шарепоинт") is the product', () => {
  checkKind([
    ['en-US', 'they have exchange on line from another csp', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'у них эксчейндж онлайн от другого csp партнера', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'у них шарепоинт онлайн от другого csp партнера', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '他们的Exchange在线版是从另一家CSP买的', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'eles têm exchange on line de outro csp', { channel: 'otherCsp', service: 'license' }],
    ['hu-HU', 'az exchange online-t egy másik csp partnertől vették', { channel: 'otherCsp', service: 'license' }],
  ]);
});
