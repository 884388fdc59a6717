// "Bought from a partner that was in CSP (and lost its status since)": the seller described as a
// CSP partner is another CSP partner, also when it is called a partner or a reseller, and in
// Chinese when "was a CSP" stands before the seller ("一家原来是CSP的伙伴"). The partner saying it is
// a company that is in CSP itself names no seller.
import { checkKind } from './kindCheck';

describe('kind: channel words, a seller described as one that was in CSP', () => {
  checkKind([
    ['en-US', 'bought from a partner that was in CSP but lost its status last year', { channel: 'otherCsp' }],
    ['ru-RU', 'Office 365 брали у партнёра, который был в CSP, но в прошлом году лишился статуса', { channel: 'otherCsp', service: 'license' }],
    ['ru-RU', 'купили у реселлера, который по CSP работает', { channel: 'otherCsp' }],
    ['zh-CN', '客户的 Office 365 是从一家原来是CSP的伙伴买的，去年失去了资格', { channel: 'otherCsp', service: 'license' }],
    ['zh-CN', '我们是一家也是CSP的公司', {}],
    ['pt-BR', 'compraram o Office 365 de um parceiro que era CSP mas perdeu o status', { channel: 'otherCsp', service: 'license' }],
    ['pt-BR', 'somos um parceiro que é CSP', {}],
    ['hu-HU', 'egy partnertől vették, aki CSP volt, de tavaly elvesztette a státuszát', { channel: 'otherCsp' }],
  ]);
});
