// Writes src/domain/understanding/lexicon/zh-sounds.json: where each syllable begins among the
// 3,755 common characters of GB 2312 level 1, which that standard sorts by their reading (pinyin).
// The reader decodes those characters in order (TextDecoder "gbk", in Node and in browsers) and
// takes two characters of one syllable as the same sound: a typo picked from a pinyin input
// method ("支吃" for 支持, "许可征" for 许可证). The readings come from pinyin-pro, which is not a
// dependency of the project: install it for this run only.
//
//   npm install --no-save pinyin-pro && npx tsx scripts/zh-sounds.ts
import * as fs from 'fs';
import * as path from 'path';
import { gb2312Level1 } from '../src/domain/understanding/cjkTolerance';
import { usageIfAsked } from './lib/usage';

type Pinyin = (text: string, options: { multiple: boolean; toneType: 'none'; type: 'array' }) => string[];

async function main(): Promise<void> {
  usageIfAsked(
    'Usage: npm install --no-save pinyin-pro && npx tsx scripts/zh-sounds.ts\nWrites src/domain/understanding/lexicon/zh-sounds.json, the syllables of the common Chinese characters (typo tolerance).',
  );
  const moduleName = 'pinyin-pro';
  const { pinyin } = (await import(moduleName)) as { pinyin: Pinyin };
  const chars = [...gb2312Level1()];
  const readings = chars.map((ch) => [...new Set(pinyin(ch, { multiple: true, toneType: 'none', type: 'array' }))]);
  // A character the standard sorts under another of its readings ("还" among "huan") stays in that syllable.
  const lengths: number[] = [];
  let syllable = '';
  readings.forEach((r, i) => {
    // "帧" (zhen) sorted among "zheng": the next character still has the syllable.
    if (r.includes(syllable) || readings[i + 1]?.includes(syllable)) {
      lengths[lengths.length - 1]!++;
      return;
    }
    syllable = r.find((x) => readings[i + 1]?.includes(x)) ?? r[0]!;
    lengths.push(1);
  });
  const file = path.join(__dirname, '..', 'src', 'domain', 'understanding', 'lexicon', 'zh-sounds.json');
  // The rarer characters the lexicons write, each paired with a common one of its sound, are kept.
  const { alike } = JSON.parse(fs.readFileSync(file, 'utf8')) as { alike?: string };
  fs.writeFileSync(file, `${JSON.stringify({ syllableLengths: lengths, alike: alike ?? '' })}\n`);
  console.log(`${lengths.length} syllables over ${chars.length} characters`);
}

if (require.main === module) void main();
