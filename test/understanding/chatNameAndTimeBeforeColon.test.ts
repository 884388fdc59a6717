// A chat app's line "name time：text" ("赵敏 14:04：…", as DingTalk and WeChat copy a group chat):
// the time after the name is the line's time, not part of the name, so the lines are turns of two
// people and the newest one decides ("先代管" after "转过来还是只代管").
import { checkKind } from './kindCheck';

describe('kind: a chat line with the name and the time before its colon is a turn', () => {
  checkKind([
    [
      'zh-CN',
      '[企业微信] 交付群\n刘洋 09:12：客户是国际版，Office 365 E1 八十个，在微软官网自己买的\n许菲 09:15：接计费还是只做运维\n刘洋 09:16：只做运维，计费先不动',
      { cloud: 'global', channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'en-US',
      'Priya 9:12: global tenant, 80 Office 365 E1 seats bought on the Microsoft website\nTom 9:15: take over billing or just support\nPriya 9:16: just support, billing stays',
      { cloud: 'global', channel: 'microsoft', service: 'license', goal: 'support' },
    ],
    [
      'ru-RU',
      'Ольга 09:12: глобальное облако, Office 365 E1, купили напрямую у Microsoft\nИгорь 09:15: забираем биллинг или только поддержка\nОльга 09:16: только поддержка, биллинг не трогаем',
      { cloud: 'global', channel: 'microsoft', service: 'license', goal: 'support' },
    ],
  ]);
});
