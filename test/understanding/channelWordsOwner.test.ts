// Kind "channelWords": Microsoft named as the owner of the Advisor programme ("Microsoft's Advisor
// program", «программа Advisor от Microsoft», "微软的Advisor计划", "programa Advisor da Microsoft", "a
// Microsoft Advisor programja") is no purchase made directly from Microsoft: the channel is Advisor.
import { checkKind } from './kindCheck';

describe("kind: channelWords, Microsoft's Advisor programme is the Advisor channel, not a purchase from Microsoft", () => {
  checkKind([
    ['en-US', "they bought Microsoft 365 through Microsoft's Advisor program", { channel: 'advisor', service: 'license' }],
    ['ru-RU', 'купили Microsoft 365 через программу Advisor от Microsoft', { channel: 'advisor', service: 'license' }],
    ['zh-CN', 'Microsoft 365是通过微软的Advisor计划买的', { channel: 'advisor', service: 'license' }],
    ['pt-BR', 'comprou Microsoft 365 pelo programa Advisor da Microsoft', { channel: 'advisor', service: 'license' }],
    ['hu-HU', 'a Microsoft 365-öt a Microsoft Advisor programján keresztül vették', { channel: 'advisor', service: 'license' }],
  ]);
});

describe('kind: channelWords, a purchase made directly from Microsoft stays one', () => {
  checkKind([
    ['en-US', 'they bought Microsoft 365 directly from Microsoft', { channel: 'microsoft', service: 'license' }],
    ['ru-RU', 'купили Microsoft 365 напрямую у Microsoft', { channel: 'microsoft', service: 'license' }],
  ]);
});
