// Channel words: an office suite that came "in a bundle with the internet" from the telecom
// operator («в комплекте с интернетом», «в пакете со связью») is syndication, as "bundled with
// their internet" is in English; telephony alone may be Teams Phone, a Microsoft product. Written
// for these tests.
import { checkKind } from './kindCheck';

describe('channel: licences bundled with internet or phone service are syndication (Russian)', () => {
  checkKind([
    [
      'ru-RU',
      'Office 365 у них идёт в комплекте с интернетом от провайдера, хотят нашу поддержку.',
      { channel: 'syndication', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Лицензии Microsoft 365 им дали в пакете со связью, платят оператору.', { channel: 'syndication', service: 'license' }],
    ['ru-RU', 'Microsoft 365 брали у оператора вместе с интернетом.', { channel: 'syndication', service: 'license' }],
    // Telephony is a Microsoft product too (Teams Phone): no telecom bundle by itself.
    ['ru-RU', 'Microsoft 365 E5 в комплекте с телефонией Teams купили по EA.', { channel: 'ea', service: 'license' }],
  ]);
});
