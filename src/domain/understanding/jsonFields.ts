// Hand-filled JSON is a record's fields: each "key": value pair is read as a field's line "key:
// value" (a key's parts joined by "_", "-" or written camelCase are words apart), an array's items
// as the field's list, an empty string or null as an empty field, which states nothing, a key set
// true as its words alone and one set false as nothing; the
// braces and brackets around them are no words. YAML's keys are split the same way.

/** A JSON pair: a quoted key, then a string, an array of plain values, a number, true, false or null. */
const PAIR = /"((?:[^"\\\n]|\\.){1,60})"\s*:\s*("(?:[^"\\\n]|\\.)*"|\[[^\]\n]*\]|-?\d+(?:\.\d+)?|true|false|null)/gu;
/** A YAML line's key of parts joined by "_" or camelCase, before its colon. */
const YAML_KEY = /^(\s*(?:-\s+)?)([\p{L}\d]+(?:_[\p{L}\d]+)+|\p{Ll}+(?:\p{Lu}\p{Ll}+)+)(\s*:)/gmu;
/** A line of JSON's punctuation alone. */
const PUNCTUATION = /^\s*[{}[\],]+\s*$/u;
const BREAK = '\u0000';

function words(key: string): string {
  return key
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .replace(/[_-]+/gu, ' ')
    .trim();
}

function valueOf(raw: string): string {
  if (raw.startsWith('"')) return raw.slice(1, -1).replace(/\\(.)/gu, '$1').trim();
  if (raw.startsWith('[')) return [...raw.matchAll(/"((?:[^"\\]|\\.)*)"/gu)].map((m) => m[1]!.trim()).join(', ');
  return raw === 'null' ? '' : raw;
}

/** The text with a JSON object's pairs written as fields one a line, and YAML keys as words; unchanged without two pairs. */
export function jsonFields(text: string): string {
  const yaml = text.replace(YAML_KEY, (_all, lead: string, key: string, colon: string) => `${lead}${words(key)}${colon}`);
  if ([...yaml.matchAll(PAIR)].length < 2) return yaml;
  // A key set true states its words ("direct_bill": true is "direct bill"); set false, nothing.
  const field = (key: string, value: string): string => (value === 'true' ? words(key) : value === 'false' ? '' : `${words(key)}: ${valueOf(value)}`);
  const marked = yaml.replace(PAIR, (_all, key: string, value: string) => `${BREAK}${field(key, value)}${BREAK}`);
  return marked
    .replace(new RegExp(`${BREAK}[\\s,]*${BREAK}`, 'gu'), '\n')
    .replace(new RegExp(`${BREAK}[ \\t,]*`, 'gu'), '\n')
    .split('\n')
    .filter((l) => !PUNCTUATION.test(l))
    .join('\n')
    .replace(/^\s*\n|\n\s*$/gu, '');
}
