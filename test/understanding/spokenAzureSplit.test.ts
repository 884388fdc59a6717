// Speech-to-text and hurried typing split "Azure" in two ("az ure"), in any language's message;
// read whole, it is the consumption product (and no goal is asked of it). "Az ures" (Hungarian
// "the empty") stays what it is.
import { checkKind } from './kindCheck';

describe('spoken: "az ure" split in two is Azure', () => {
  checkKind([
    ['en-US', 'they bought az ure from another csp and want to move it to us', { channel: 'otherCsp', service: 'usage' }],
    ['ru-RU', 'клиент брал az ure у другого CSP-партнёра, мы T1', { channel: 'otherCsp', service: 'usage', partnerType: 'direct' }],
    ['zh-CN', '客户的 az ure 是在微软官网用信用卡买的', { channel: 'microsoft', service: 'usage' }],
    ['pt-BR', 'o cliente comprou az ure direto da Microsoft no cartão', { channel: 'microsoft', service: 'usage' }],
    ['hu-HU', 'az ügyfél az ure-t egy másik CSP partnertől vette', { channel: 'otherCsp', service: 'usage' }],
    ['hu-HU', 'az ures mezot kitoltottem', {}],
  ]);
});
