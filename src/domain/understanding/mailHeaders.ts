// The marks a mail client writes: the header lines that open an earlier message, the separators
// and "… wrote:" lines before a quoted one, and the reply and forward marks before a subject or a
// pasted reply. One list of each serves every reader of pasted mail (thread.ts, replyLines.ts).

/** Reply marks: "RE:", "AW:", "RES:", "SV:", "VÁ:", «Ответ:», "回复：", "答复：", "回覆：". */
export const REPLY_MARKS = ['re', 'aw', 'res', 'sv', 'vá', 'va', 'ответ', '回复', '答复', '回覆'];
/** Forward marks: "FW:"/"FWD:", "WG:", "ENC:", «Пересл:», "转发：", "轉寄：", "VS:", "Továbbítás:". */
const FORWARD_MARKS = ['fwd?', 'wg', 'enc', 'пересл', '转发', '轉寄', 'vs', 'tov', 'továbbítás', 'tovabbitas'];

/** A header line that opens an earlier message: "From:", «От:», "发件人:", "De:", "Feladó:". */
export const FROM = /^\s*(?:from|von|от|发件人|寄件者|de|feladó|felado)\s*[:：]/iu;
/** A header line that carries its message after a time and a dash: "发件人：张伟 18:20 — text" (group 1). */
export const FROM_SAID = new RegExp(`${FROM.source}[^—–<>@\\n]{0,40}?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:—|–|--?)\\s+(\\S.*)$`, 'iu');
/** Other header lines, dropped: they name people and dates, not the case (a subject is read apart). */
export const HEADER =
  /^\s*(?:sent|to|cc|bcc|date|subject|отправлено|кому|копия|дата|тема|发送时间|收件人|抄送|日期|主题|寄件日期|主旨|enviado|enviada|para|assunto|data|elküldve|elkuldve|címzett|cimzett|másolat|dátum|datum|tárgy|targy)\s*[:：]/iu;
/**
 * A subject line names what the thread is about ("Subject: RE: Microsoft 365 licenses"): the
 * newest one is read as the thread's oldest part, filling in only what no message says. Its reply
 * and forward marks go: "RE:", "FW:", "AW:", "RES:"/"ENC:", «Ответ:»/«Пересл:», "回复："/"答复："/"转发：", "VÁ:"/"VS:"/"Továbbítás:".
 */
export const SUBJECT = new RegExp(
  `^\\s*(?:subject|тема|主题|主旨|assunto|tárgy|targy)\\s*[:：]\\s*(?:(?:${[...REPLY_MARKS, ...FORWARD_MARKS].join('|')})\\s*[:：]\\s*)*`,
  'iu',
);
/** The earlier version of an invite, its description or agenda, in the five languages. */
const EARLIER_INVITE = [
  '(?:original|previous|earlier|old|older) (?:invite|invitation|description|agenda|meeting|version)',
  '(?:исходн|первоначальн|предыдущ|стар|прежн)[а-я]* (?:приглашени|описани|повестк|верси)',
  '(?:原始?|旧|舊|之前的?)(?:说明|說明|邀请|邀請|会议邀请|會議邀請|描述|议程|議程|版本)',
  '(?:convite|descrição|descricao|pauta|versão|versao) (?:original|anterior|antig[ao])',
  '(?:eredeti|korábbi|korabbi|előző|elozo|régi|regi) (?:meghívó|meghivo|leírás|leiras|napirend|verzió|verzio)',
].join('|');
/**
 * A separator line before a forwarded or quoted message, or before the earlier version of a calendar
 * invite ("——— previous description ———", «---- Исходное приглашение ----», "———— 原说明 ————",
 * "---- Convite original ----", "---- Eredeti meghívó ----"): what follows it is older. The invite's
 * rule holds nothing else: "-- previous meeting: they asked …" is a note's bullet, not a rule.
 */
export const SEPARATOR = new RegExp(
  `^\\s*[-—–]{2,}\\s*(?:original message|forwarded message|пересылаемое сообщение|исходное сообщение|转发的邮件|原始邮件|mensagem encaminhada|mensagem original|továbbított üzenet|eredeti üzenet|(?:${EARLIER_INVITE})\\p{L}*\\s*[-—–:：]*\\s*$)`,
  'iu',
);
/** "On … wrote:", "Em … escreveu:", "… ezt írta:", «… пишет:», "…写道：": a quoted reply follows. */
export const WROTE = /(?:wrote|escreveu|ezt írta|írta|пишет|написал[аи]?|写道)\s*[:：]\s*$/iu;
