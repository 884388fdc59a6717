// Regenerates the Teams app icons manifest/color.png (192×192) and manifest/outline.png (32×32).
// Usage: npx tsx scripts/make-icons.ts [output folder, default manifest/]
import * as fs from 'fs';
import * as path from 'path';
import { renderColorIcon, renderOutlineIcon } from './lib/icons';
import { MANIFEST_DIR } from './lib/paths';
import { encodePng } from './lib/png';
import { usageIfAsked } from './lib/usage';

export function writeIcons(outDir: string = MANIFEST_DIR): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  for (const [file, image] of [
    ['color.png', renderColorIcon()],
    ['outline.png', renderOutlineIcon()],
  ] as const) {
    const target = path.join(outDir, file);
    fs.writeFileSync(target, encodePng(image));
    written.push(target);
  }
  return written;
}

if (require.main === module) {
  usageIfAsked('Usage: npm run icons [-- OUTPUT_FOLDER]\nWrites the Teams app icons color.png (192×192) and outline.png (32×32) (default folder: manifest/).');
  try {
    const outDir = process.argv[2] ? path.resolve(process.argv[2]) : MANIFEST_DIR;
    for (const file of writeIcons(outDir)) console.log(`wrote ${path.relative(process.cwd(), file) || file}`);
  } catch (err) {
    console.error(`make-icons: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
