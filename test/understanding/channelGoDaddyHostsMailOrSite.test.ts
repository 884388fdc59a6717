// GoDaddy named as the host of the customer's mail, domain or site ("Exchange Online na GoDaddy",
// "o domínio é da GoDaddy") is a hosting company, which may itself be a CSP partner: the channel
// is asked. Licences bought from GoDaddy stay a purchase from a syndication partner.
import { checkKind } from './kindCheck';

describe('channel: GoDaddy as the host of mail or a site', () => {
  checkKind([
    ['pt-BR', 'Cliente tem Exchange Online na GoDaddy, quer só suporte.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'O e-mail é da GoDaddy; querem que a gente administre o Microsoft 365.', { service: 'license', goal: 'support' }],
    ['pt-BR', 'Domínio e site na GoDaddy, mas o Microsoft 365 foi comprado direto da Microsoft.', { channel: 'microsoft', service: 'license' }],
    ['pt-BR', 'As licenças do Microsoft 365 foram compradas da GoDaddy.', { channel: 'syndication', service: 'license' }],
  ]);
});
