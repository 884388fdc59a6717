// Kind "whose": "o EA é só do Office" says what the EA covers, not that Office is the only
// product in the call. Read before as "only Office": beside Azure from another CSP the service
// became a licence (and the goal was read for it). With two products and two sellers, both asked.
import { checkKind } from './kindCheck';

describe('kind: "only" said of a contract limits that contract, not the message', () => {
  checkKind([
    ['pt-BR', 'O Azure deles é de outro parceiro CSP, o EA é só do Office. Querem transferir o Azure.', {}, ['channel', 'service']],
    ['pt-BR', 'O Azure é de outro CSP, o EA deles é só do Microsoft 365.', {}, ['channel', 'service']],
    ['pt-BR', 'Eles têm Azure e Office, mas querem falar só do Office.', { service: 'license' }],
    ['en-US', 'Their Azure is with another CSP; the EA only covers Office 365.', {}, ['channel', 'service']],
    ['ru-RU', 'Azure у другого CSP, а EA только на Office 365.', {}, ['channel', 'service']],
    ['hu-HU', 'Az Azure egy másik CSP-nél van, az EA csak az Office 365-re szól.', {}, ['channel', 'service']],
  ]);
});
