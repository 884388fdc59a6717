// The cloud a question gives the product it takes for granted ("我们的 Office 365（世纪互联运营）现在是
// 从谁那里买的？", "where did they buy their China-cloud Office 365?"): the cloud qualifies the
// product, with nothing between them but a bracket, a space or a possessive, so it is as much
// taken for granted as the product is. A cloud asked about on its own ("is it the China cloud?")
// stays a question.
import type { Understanding } from './result';

/** Nothing but brackets, spaces and stops between a product and its cloud (after one possessive). */
const ATTACHED = /^[\s()（）[\]【】'"“”,，:：/-]*$/u;
const POSSESSIVE = /的|'s/u;

export function productCloud(question: string, asked: Understanding): Partial<Understanding> {
  const cloud = asked.answers.cloud;
  const product = asked.evidence.service;
  const place = asked.evidence.cloud;
  if (cloud === undefined || product === undefined || place === undefined) return {};
  const p = question.indexOf(product);
  const c = question.indexOf(place);
  if (p < 0 || c < 0) return {};
  const between = p < c ? question.slice(p + product.length, c) : question.slice(c + place.length, p);
  return ATTACHED.test(between.replace(POSSESSIVE, '')) ? { answers: { cloud }, evidence: { cloud: place } } : {};
}
