// "Did they buy Office 365 through the Advisor program or from a friend?": the options of a
// question are what is read last before the "or", not the product said before them. The product
// stays stated; the one option read is asked about, or taken or set aside by a reference after.
import { checkKind } from './kindCheck';

describe('either/or: a question naming the product before its options', () => {
  checkKind([
    ['en-US', 'Did they buy Office 365 through the Advisor program or from a friend? The latter.', { service: 'license' }],
    ['en-US', 'Did they buy Office 365 through the Advisor program or from a friend? The former.', { channel: 'advisor', service: 'license' }],
    ['ru-RU', 'Они купили Office 365 через программу Advisor или у какого-то знакомого? Последнее.', { service: 'license' }],
    ['pt-BR', 'Eles compraram o Office 365 pelo programa Advisor ou de um conhecido? O segundo.', { service: 'license' }],
    ['hu-HU', 'Az Office 365-öt az Advisor programon keresztül vették vagy egy ismerőstől? Az utóbbi.', { service: 'license' }],
    // A joining word read into an option's own words ("open ou", "open vagy") still leaves that option the first one.
    ['pt-BR', 'O Office 365 é Open ou EA?', { service: 'license' }, ['channel']],
    ['hu-HU', 'Az Office 365 Open vagy EA?', { service: 'license' }, ['channel']],
    ['hu-HU', 'Azure Open vagy valami más?', { service: 'usage' }],
    ['zh-CN', '他们的 Office 365 是通过 Advisor 计划买的还是找朋友买的？后者。', { service: 'license' }],
  ]);
});
