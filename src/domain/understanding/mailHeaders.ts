// The marks a mail client writes: the header lines that open an earlier message, the separators
// and "… wrote:" lines before a quoted one, and the reply and forward marks before a subject or a
// pasted reply. One list of each serves every reader of pasted mail (thread.ts, replyLines.ts); the
// words are the lexicons' (clientMarks.ts).
import { clientMarks as marks } from './clientMarks';

/** Reply marks: "RE:", "AW:", "RES:", "SV:", "VÁ:", «Ответ:», "回复：", "答复：", "回覆：". */
export const REPLY_MARKS = marks('replyMarks');
/** Forward marks: "FW:"/"FWD:", "WG:", "ENC:", «Пересл:», "转发：", "轉寄：", "VS:", "Továbbítás:". */
const FORWARD_MARKS = marks('forwardMarks');

/** A header line that opens an earlier message: "From:", «От:», "发件人:", "De:", "Feladó:". */
export const FROM = new RegExp(`^\\s*(?:${marks('from')})\\s*[:：]`, 'iu');
/** A header line that carries its message after a time and a dash: "发件人：张伟 18:20 — text" (group 1). */
export const FROM_SAID = new RegExp(`${FROM.source}[^—–<>@\\n]{0,40}?\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:—|–|--?)\\s+(\\S.*)$`, 'iu');
/** Other header lines, dropped: they name people and dates, not the case (a subject is read apart). */
export const HEADER = new RegExp(`^\\s*(?:${marks('headers')})\\s*[:：]`, 'iu');
/**
 * A subject line names what the thread is about ("Subject: RE: Microsoft 365 licenses"): the
 * newest one is read as the thread's oldest part, filling in only what no message says. Its reply
 * and forward marks go: "RE:", "FW:", "AW:", "RES:"/"ENC:", «Ответ:»/«Пересл:», "回复："/"答复："/"转发：", "VÁ:"/"VS:"/"Továbbítás:".
 */
export const SUBJECT = new RegExp(`^\\s*(?:${marks('subject')})\\s*[:：]\\s*(?:(?:${REPLY_MARKS}|${FORWARD_MARKS})\\s*[:：]\\s*)*`, 'iu');
/**
 * A separator line before a forwarded or quoted message, or before the earlier version of a calendar
 * invite ("——— previous description ———", «---- Исходное приглашение ----», "———— 原说明 ————",
 * "---- Convite original ----", "---- Eredeti meghívó ----"): what follows it is older. The invite's
 * rule holds nothing else: "-- previous meeting: they asked …" is a note's bullet, not a rule.
 */
export const SEPARATOR = new RegExp(`^\\s*[-—–]{2,}\\s*(?:${marks('separators')}|(?:${marks('earlierInvite')})\\p{L}*\\s*[-—–:：]*\\s*$)`, 'iu');
/** "On … wrote:", "Em … escreveu:", "… ezt írta:", «… пишет:», "…写道：": a quoted reply follows. */
export const WROTE = new RegExp(`(?:${marks('wrote')})\\s*[:：]\\s*$`, 'iu');
