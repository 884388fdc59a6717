// A record's fields above its dated log are the record as first created, the oldest part, unless
// they carry a year later than every entry: then they were written after the log and decide.
import { checkKind } from './kindCheck';

describe('kind: thread, a head dated after its timeline is the newest part', () => {
  checkKind([
    [
      'en-US',
      'Channel: EA (signed 2023, current)\nService: Microsoft 365\n2019 – Open Value\n2021 – Open Value renewed',
      { channel: 'ea', service: 'license' },
    ],
    ['ru-RU', 'Канал: EA (подписано в 2024)\nMicrosoft 365\n2018 – Open Value\n2020 – продлили Open Value', { channel: 'ea', service: 'license' }],
    ['zh-CN', '渠道：EA（2024 年签，现行）\nMicrosoft 365\n2018 – Open Value\n2021 – 续签 Open Value', { channel: 'ea', service: 'license' }],
    ['pt-BR', 'Canal: EA (assinado em 2023, vigente)\nMicrosoft 365\n2019 – Open Value\n2021 – renovação do Open Value', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Csatorna: EA (2023-ban aláírva)\nMicrosoft 365\n2019 – Open Value\n2021 – Open Value megújítva', { channel: 'ea', service: 'license' }],
    // Near misses: a head with no later year stays the oldest part; a later entry still decides.
    ['en-US', 'Channel: Open Value\nService: Microsoft 365\n2019 – Open Value\n2023 – EA signed', { channel: 'ea', service: 'license' }],
    ['hu-HU', 'Csatorna: Open Value (2018 óta)\nMicrosoft 365\n2019 – Open Value\n2023 – átálltak EA-ra', { channel: 'ea', service: 'license' }],
  ]);
});
