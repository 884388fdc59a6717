// Channel words: bought at retail («в рознице», «в розницу») or as boxes («коробки в магазине»)
// is a third-party seller, as «коробочная версия» was; «из коробки» (out of the box) says nothing
// of where it was bought. Written for these tests; the other languages read so before.
import { checkKind } from './kindCheck';

describe('kind: channel words, retail and boxes are a third-party seller', () => {
  const retail = { channel: 'thirdParty', service: 'license' } as const;
  checkKind([
    ['ru-RU', 'Office 365 купили в розницу.', retail],
    ['ru-RU', 'Teams брали в рознице, коробки в М.Видео.', retail],
    ['ru-RU', 'Из коробки у них Teams, купили через EA.', { channel: 'ea', service: 'license' }],
    ['en-US', 'Office 365 bought at retail, boxes from Best Buy.', retail],
    ['zh-CN', 'Office 365 在零售店买的盒装版。', retail],
    ['pt-BR', 'Office 365 comprado no varejo, caixinha da Kalunga.', retail],
    ['hu-HU', 'Office 365-öt dobozosan vették a boltban.', retail],
  ]);
});
