// An either/or between a channel the reader can place and a seller it cannot ("their previous CSP
// or some hosting company"), followed by a reference to one of them ("the first one", «второе»,
// "o primeiro", "az utóbbi"): the reference settles it. The option read is kept, or set aside
// when the seller is named (a seller of unknown kind: the channel is asked, not named). Without a
// reference the option read is asked about by name. "segundo o admin" (according to the admin) is
// no reference.
import { checkRead } from './kindCheck';

describe('either/or with a seller: a reference settles it', () => {
  checkRead([
    [
      'en-US',
      'The licences came either from their previous CSP or from some hosting company. Their admin checked: the first one.',
      { channel: 'otherCsp', service: 'license' },
      {},
    ],
    [
      'en-US',
      'The licences came either from their previous CSP or from some hosting company. Their admin checked: the second one.',
      { service: 'license' },
      {},
    ],
    [
      'ru-RU',
      'Лицензии пришли либо от их прежнего CSP, либо от какой-то хостинговой компании. Админ проверил: первое.',
      { channel: 'otherCsp', service: 'license' },
      {},
    ],
    [
      'pt-BR',
      'As licenças vieram ou do CSP anterior ou de uma empresa de hospedagem. O admin conferiu: o primeiro.',
      { channel: 'otherCsp', service: 'license' },
      {},
    ],
    ['pt-BR', 'As licenças vieram ou do CSP anterior ou de uma empresa de hospedagem. O admin conferiu: a segunda.', { service: 'license' }, {}],
    [
      'pt-BR',
      'As licenças vieram ou do CSP anterior ou de uma empresa de hospedagem, segundo o admin. Ele conferiu: o primeiro.',
      { channel: 'otherCsp', service: 'license' },
      {},
    ],
  ]);
});

describe('either/or with a seller: without a reference the option read is asked by name', () => {
  checkRead([
    [
      'en-US',
      'The licences came either from their previous CSP or from some hosting company, nobody knows.',
      { service: 'license' },
      { hedged: { channel: 'otherCsp' } },
    ],
    [
      'pt-BR',
      'As licenças vieram ou do CSP anterior ou de uma empresa de hospedagem, segundo o admin.',
      { service: 'license' },
      { hedged: { channel: 'otherCsp' } },
    ],
  ]);
});
