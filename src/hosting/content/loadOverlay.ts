// Placeholder until the overlay check lands: reads an overlay without checking it.
import * as fs from 'fs';
import * as path from 'path';
import type { Overlay } from '../../domain/overlay';

export class OverlayError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

export function loadOverlay(location: string): Overlay {
  if (!fs.statSync(location).isDirectory()) return JSON.parse(fs.readFileSync(location, 'utf8')) as Overlay;
  const languages: Record<string, unknown> = {};
  let linkUrls: unknown;
  for (const name of fs.readdirSync(location)) {
    const data: unknown = JSON.parse(fs.readFileSync(path.join(location, name), 'utf8'));
    if (name === 'overlay.json') linkUrls = (data as { linkUrls?: unknown }).linkUrls;
    else languages[name.replace(/\.json$/, '')] = data;
  }
  return { ...(linkUrls ? { linkUrls } : {}), languages } as Overlay;
}
