// Channel words: an office suite that came "in a bundle with the internet" from the telecom
// operator («в комплекте с интернетом», «в пакете со связью») is syndication, as "bundled with
// their internet" is in English. Written for these tests.
import { checkKind } from './kindCheck';

describe('channel: licences bundled with internet or phone service are syndication (Russian)', () => {
  checkKind([
    [
      'ru-RU',
      'Office 365 у них идёт в комплекте с интернетом от провайдера, хотят нашу поддержку.',
      { channel: 'syndication', service: 'license', goal: 'support' },
    ],
    ['ru-RU', 'Лицензии Microsoft 365 им дали в пакете со связью, платят оператору.', { channel: 'syndication', service: 'license' }],
    ['ru-RU', 'Microsoft 365 брали вместе с телефонией у оператора.', { channel: 'syndication', service: 'license' }],
  ]);
});
