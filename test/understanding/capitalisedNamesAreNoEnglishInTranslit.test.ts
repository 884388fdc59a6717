// Russian typed in Latin letters names products and programs as they are written in English
// ("Enterprise Agreement", "Partner Center", "US Government"): a capitalised name inside a sentence
// is no English word, so it does not keep the message from being read as Russian, where "my" is "we".
import { checkKind } from './kindCheck';

describe('capitalised names are no English words in Russian typed in Latin letters', () => {
  checkKind([
    [
      'ru-RU',
      'Zdravstvuyte, klient kupil Azure Virtual Desktop cherez Enterprise Agreement, oblako US Government (Partner Center Government). My distributor.',
      { cloud: 'usgov', channel: 'ea', service: 'usage', partnerType: 'indirectProvider' },
    ],
    [
      'ru-RU',
      'Kollegi, klient na Dynamics 365 Sales cherez Open Value Subscription, Global Partner Center. My indirect provider, chto dalshe?',
      { cloud: 'global', channel: 'open', service: 'license', partnerType: 'indirectProvider' },
    ],
    [
      'ru-RU',
      'Dobryy den, u klienta Microsoft 365 Business Premium kuplen napryamuyu u Microsoft, oblako globalnoe. My indirect provider, podskazhite.',
      { cloud: 'global', channel: 'microsoft', service: 'license', partnerType: 'indirectProvider' },
    ],
    // English stays English: "my" before a role is the partner we buy from.
    [
      'en-US',
      'Customer bought Azure through an Enterprise Agreement. We order everything through my indirect provider.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
    [
      'en-US',
      'The client uses Azure on an Enterprise Agreement with US Government Partner Center. My distributor is in the loop.',
      { cloud: 'usgov', channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
  ]);
});
