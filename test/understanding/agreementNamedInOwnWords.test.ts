// Channel in the speaker's words: the Enterprise Agreement by its local names ("大企业协议",
// "nagyvállalati szerződés", "the big contract the group signed with Microsoft", «EA-Vertrag»), an
// agreement that ended in a year ("Open 在 2023 年就结束了") is no longer the channel, and another CSP
// in a regional or German word ("ah next CSP", «какой-то партнёр CSP», "bei einem anderen CSP").
import { checkKind } from './kindCheck';

describe('an agreement or a seller named in the speaker’s words (channel in own words)', () => {
  checkKind([
    ['zh-CN', '客户的 Azure 走的是集团跟微软签的大企业协议。', { channel: 'ea', service: 'usage' }],
    ['hu-HU', 'Az Azure-t a cégcsoport nagyvállalati szerződése alapján fizetik.', { channel: 'ea', service: 'usage' }],
    ['pt-BR', 'O Azure é pelo contrato grande que o grupo assinou com a Microsoft.', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Azure, laufen über ihren EA-Vertrag, хотят, чтобы мы управляли.', { channel: 'ea', service: 'usage' }],
    ['zh-CN', '客户的 Azure 其实是 EA，Open 在 2023 年就结束了。', { channel: 'ea', service: 'usage' }],
    ['ru-RU', 'Office 365 брали у какого-то партнёра CSP, не у нас.', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'Office 365 купили bei einem anderen CSP-Partner.', { channel: 'otherCsp', service: 'license' }],
  ]);
});
