// The tenant a message is about, when it names two: "客户有两个租户：中国版和国际版。本工单只涉及
// 中国版租户", "this ticket is only about the global tenant". The cloud said right after words
// restricting the ticket's scope (`structure.scopeOnly`) is the case's; the other cloud named is
// another tenant's, background, as another case's answers are.
import { compilePatterns } from './compile';
import { LEXICONS } from './lexicon';
import { countryScope } from './countryScope';
import { Span, StructuredMention, matches } from './structure';

const words = (key: 'scopeOnly' | 'inChina' | 'abroad'): RegExp =>
  compilePatterns(
    LEXICONS.flatMap((l) => l.structure?.[key] ?? []),
    `structure.${key}`,
  );
const [SCOPE, IN_CHINA, ABROAD] = [words('scopeOnly'), words('inChina'), words('abroad')];
/** At most two short words between the scope's words and the cloud ("只涉及中国版", "only about the global"). */
const BETWEEN = /^ ?(?:[^ ,.?;:!]{1,12}(?: [^ ,.?;:!]{1,12})? ?)?$/u;

/** Which of the customer's tenants, and which of the partner's countries, the case is about. */
export function tenantScope(text: string, mentions: StructuredMention[]): void {
  onlyTenant(text, mentions);
  rolesByPlace(text, mentions);
  countryScope(text, mentions);
}

function onlyTenant(text: string, mentions: StructuredMention[]): void {
  const clouds = mentions.filter((m) => m.question === 'cloud' && !m.negated);
  if (new Set(clouds.map((m) => m.option)).size < 2) return;
  const onlys = matches(SCOPE, text);
  const restricted = clouds.filter((m) => onlys.some((o) => o.end <= m.start && BETWEEN.test(text.slice(o.end, m.start))));
  const kinds = new Set(restricted.map((m) => m.option));
  if (kinds.size !== 1) return;
  for (const m of clouds) {
    if (kinds.has(m.option)) continue;
    m.question = undefined;
    m.implies = [];
  }
}

/**
 * A role said for one country ("我们在中国是直接合作伙伴；在新加坡我们是分销商", "in Singapore we are a
 * distributor"): when the message places its case in one cloud, a role said "in" a place of the
 * other (China against abroad) is the partner's role there, not in this case.
 */
function rolesByPlace(text: string, mentions: StructuredMention[]): void {
  const roles = mentions.filter((m) => m.question === 'partnerType' && !m.negated);
  if (roles.length < 2) return;
  const places = [...matches(IN_CHINA, text).map((s) => ({ ...s, china: true })), ...matches(ABROAD, text).map((s) => ({ ...s, china: false }))];
  if (places.length === 0) return;
  // The case's cloud, as the mentions name or imply it; a place the role is said in ("in China") names none.
  const placed = (m: StructuredMention): boolean => places.some((p) => p.start < m.end && m.start < p.end);
  const clouds = new Set(
    mentions.flatMap((m) => (m.negated || placed(m) ? [] : m.question === 'cloud' ? [m.option] : m.implies.filter(([q]) => q === 'cloud').map(([, v]) => v))),
  );
  if (clouds.size !== 1) return;
  const inChina = clouds.has('china');
  // The place nearest the role in its clause, before it ("在新加坡我们是分销商") or after it ("a distributor in Singapore").
  const gap = (a: Span, b: Span): string => (a.end <= b.start ? text.slice(a.end, b.start) : text.slice(b.end, a.start));
  const placeOf = (m: StructuredMention): (typeof places)[number] | undefined =>
    places.filter((p) => !placed(m) && !/[,.?;]/u.test(gap(p, m))).sort((a, b) => gap(a, m).length - gap(b, m).length)[0];
  for (const m of roles) {
    const place = placeOf(m);
    if (place === undefined) continue;
    // The place names where the partner has that role, no cloud of the customer's.
    for (const c of mentions) if (c.question === 'cloud' && placed(c) && gap(place, c) === '') c.question = undefined;
    if (place.china === inChina) continue;
    m.question = undefined;
    m.implies = [];
  }
}
