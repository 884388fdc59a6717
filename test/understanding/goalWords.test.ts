// Kind "goalWords": what the customer wants, in colloquial words.
import { checkKind } from './kindCheck';

describe("kind: goalWords (the goal in the speaker's words)", () => {
  checkKind([
    ['en-US', 'they want us to take it all over, Office 365', { service: 'license', goal: 'move' }],
    ['en-US', 'we should just look after their Office 365', { service: 'license', goal: 'support' }],
    ['ru-RU', 'хотят перетащить Office 365 к нам', { service: 'license', goal: 'move' }],
    ['ru-RU', 'надо просто присматривать за их Office 365', { service: 'license', goal: 'support' }],
    ['zh-CN', '他们想让我们把 Office 365 接过来', { service: 'license', goal: 'move' }],
    ['pt-BR', 'querem que a gente assuma tudo do Office 365', { service: 'license', goal: 'move' }],
    ['hu-HU', 'tartsuk karban az Office 365-öt', { service: 'license', goal: 'support' }],
    // Taking over the licences themselves is a move, whatever word points at them ("those", «эти», "ezeket").
    ['en-US', 'they want us to take over their Microsoft 365 licences', { service: 'license', goal: 'move' }],
    ['en-US', 'we would take over support of the licences', { service: 'license', goal: 'support' }],
    ['ru-RU', 'хотят, чтобы мы взяли на себя эти лицензии', { service: 'license', goal: 'move' }],
    ['zh-CN', '希望我们接管这些 Microsoft 365 许可证', { service: 'license', goal: 'move' }],
    ['pt-BR', 'querem que a gente assuma essas licenças', { service: 'license', goal: 'move' }],
    ['hu-HU', 'azt szeretnék, hogy mi vegyük át ezeket a licenceket', { service: 'license', goal: 'move' }],
  ]);
});
