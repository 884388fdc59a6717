// Reading settings from the environment: each reader names the setting in its error, and no
// error echoes more than the start of a bad value (it may be a secret pasted in the wrong place).

export class ConfigError extends Error {}

export type Env = Readonly<Record<string, string | undefined>>;

export function text(env: Env, name: string, fallback = ''): string {
  const value = env[name];
  return value === undefined ? fallback : value.trim();
}

export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === '') return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw.slice(0, 20)}").`);
  }
  return Number(raw);
}

export function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T | undefined): T | undefined {
  const raw = text(env, name);
  if (raw === '') return fallback;
  const found = allowed.find((a) => a.toLowerCase() === raw.toLowerCase());
  if (!found) throw new ConfigError(`${name} must be one of ${allowed.join(', ')} (got "${raw.slice(0, 20)}").`);
  return found;
}

export function flag(env: Env, name: string): boolean {
  const raw = text(env, name).toLowerCase();
  if (raw === '' || ['false', '0', 'no', 'off'].includes(raw)) return false;
  if (['true', '1', 'yes', 'on'].includes(raw)) return true;
  throw new ConfigError(`${name} must be true or false (got "${raw.slice(0, 20)}").`);
}

export { isLoopbackHost } from '../protocols/http/hosts';

/** ALLOWED_HOSTS: host names or IP addresses (IPv6 in brackets), comma-separated, no scheme, port or path; a Host header matches any port. */
export function hostList(env: Env, name: string): string[] {
  const items = text(env, name)
    .split(/[\s,;]+/)
    .filter((h) => h !== '');
  const hosts = items.map((item) => {
    const h = item.toLowerCase();
    if (/^\[[0-9a-f:.]+\]$/.test(h) && h.includes(':')) return h.slice(1, -1);
    if (/^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*$/.test(h)) return h;
    throw new ConfigError(
      `${name} must be a comma-separated list of host names or addresses (IPv6 in brackets), without scheme, port or path (got "${item.slice(0, 60)}").`,
    );
  });
  return [...new Set(hosts)];
}

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function tenantList(env: Env, name: string): string[] {
  const items = text(env, name)
    .split(/[\s,;]+/)
    .filter((t) => t !== '');
  const bad = items.find((t) => !GUID.test(t));
  if (bad !== undefined) throw new ConfigError(`${name} must be a comma-separated list of tenant GUIDs (got "${bad.slice(0, 40)}").`);
  return [...new Set(items.map((t) => t.toLowerCase()))];
}
