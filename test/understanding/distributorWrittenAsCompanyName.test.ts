// A distributor word written with its capital inside a company's name ("DISTRIBUIDORA NORTE
// COMÉRCIO LTDA", "a Distribuidora Serra", "(Polo Distribuidora)") is that company, another
// party: its word is not the writer's role, so the writer's own words decide (roles.ts
// namedDistributors). Written in small letters, or right after the writer's own words ("somos a
// Distribuidora Serra"), it stays the writer's role.
import { checkKind } from './kindCheck';

describe('A distributor written as a company name is not the writer’s role', () => {
  checkKind([
    [
      'pt-BR',
      'Print da fatura que recebemos:\nDISTRIBUIDORA NORTE COMÉRCIO DE SOFTWARE LTDA\nProduto: Microsoft 365 Business Basic\nobs: nós compramos pela distribuidora, somos revenda indireta.',
      { service: 'license', partnerType: 'indirectReseller' },
    ],
    [
      'pt-BR',
      'Grupo "Polo Distribuidora e Parceiros"\nLuana: vocês são revenda indireta nossa, o cliente tem Azure no cartão direto com a Microsoft.',
      { channel: 'microsoft', service: 'usage', partnerType: 'indirectReseller' },
    ],
    ['pt-BR', 'Nós somos a Distribuidora Serra, provedor indireto do programa CSP.', { partnerType: 'indirectProvider' }],
    ['pt-BR', 'Aqui a gente atua como distribuidor, o cliente tem Dynamics 365.', { service: 'license', partnerType: 'indirectProvider' }],
    [
      'en-US',
      'Seller on the invoice: Distributor Northwind Ltd. We are an indirect reseller; the customer has Azure via EA.',
      { channel: 'ea', service: 'usage', partnerType: 'indirectReseller' },
    ],
  ]);
});
