// A chat copied with its app's name in brackets and no time ("[Teams] Name: text") is a thread:
// its lines are read oldest first, and the newest line about a question decides it. Written in
// five languages for these tests.
import { checkKind } from './kindCheck';

describe('kind: thread, chat lines tagged "[Teams] Name:" without a time: the newest line decides', () => {
  const china = { cloud: 'china', service: 'license' } as const;
  checkKind([
    ['en-US', '[Teams] Anna: global cloud, Office 365\n[Teams] Ben: not global, it is the China cloud\n[Teams] Anna: right, China', china],
    ['ru-RU', '[Teams] Анна: облако глобальное, Office 365\n[Teams] Борис: не глобальное, у них китайское облако\n[Teams] Анна: да, Китай', china],
    ['zh-CN', '[Teams] 王芳：全球云，Office 365\n[Teams] 李强：不是全球的，是中国云\n[Teams] 王芳：对，中国', china],
    ['pt-BR', '[Teams] Ana: nuvem global, Office 365\n[Teams] Bruno: não é global, é a nuvem da China\n[Teams] Ana: isso, China', china],
    ['hu-HU', '[Teams] Anna: globális felhő, Office 365\n[Teams] Béla: nem globális, kínai felhő\n[Teams] Anna: igen, Kína', china],
    // A "no" opening the newer line read so before too; kept as guards of the order.
    ['en-US', '[Slack] Anna: they bought it through an EA\n[Slack] Ben: no, through Open', { channel: 'open' }],
    ['ru-RU', '[Slack] Анна: брали по EA\n[Slack] Борис: нет, по Open', { channel: 'open' }],
  ]);
});
