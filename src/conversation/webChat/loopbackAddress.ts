// Where the bot reaches this server's own local connector (the local Direct Line's bridge): the
// address the server listens on, or loopback when it listens on every address, since an
// all-addresses bind is no address to connect to. Pure: hosting/webchat/index.ts reads the address.
import { LOCAL_CONNECTOR_PATH } from '../../protocols/http/localConnector';

/** The host to connect to for a listening address: loopback for the any-address binds, an IPv6 address in brackets. */
export function connectHost(listening: string): string {
  const host = listening === '0.0.0.0' || listening === '' ? '127.0.0.1' : listening === '::' ? '::1' : listening;
  return host.includes(':') ? `[${host}]` : host;
}

/** The local connector's URL on this server. */
export const localConnectorUrl = (listening: string, port: number): string => `http://${connectHost(listening)}:${port}${LOCAL_CONNECTOR_PATH}/`;
