// The shape of the vocabulary the free-text understanding runs on. Every language has one
// lexicon file (JSON data, no code) under ./lexicon, plus a language-neutral one for product
// and program names that are written the same way everywhere. How a pattern is written:
// LexiconEntry.patterns.

import { QuestionId } from '../questions';

export interface LexiconEntry {
  /** The question this wording answers. */
  question: QuestionId;
  /** The option id it means. For `channel`, the cloud may turn it into another option later. */
  option: string;
  /**
   * Regular expressions over the *prepared* text (text.ts): lower case, accents stripped (so
   * "közvetlenül" is written and matched as "kozvetlenul", "й" as "и", "ё" as "е"), words
   * separated by single spaces, "," for a pause inside a sentence (, ; : brackets), "." for the
   * end of a sentence and "?" for a question mark. Chinese and Japanese text has no spaces next to
   * its characters, so "通过 EA" and "通过EA" both read "通过ea".
   *
   * Two shorthands keep the data free of backslashes:
   *   %  the rest of a word (a stem ending): "партнер%" matches партнер, партнера, партнеров…
   *   ~  a gap of up to three words inside one clause: "bought ~from microsoft"
   *
   * Every pattern is matched as whole words: it cannot start or end inside a Latin or Cyrillic
   * word (Chinese needs no word boundaries). Context that must be there but is not part of the
   * mention goes into look-behind or look-ahead: "(?<=bought ~)direct(?! bill)".
   */
  patterns: string[];
  /**
   * Background: what another party once had ("their previous partner was a distributor" says the
   * customer had a CSP partner). It answers only when nothing else in the message answers its
   * question ("they bought it via Open Value" decides where they bought).
   */
  background?: boolean;
  /**
   * A name ("Open", the licensing programme): it matches only where the message writes it with
   * its capital inside a sentence and not in a title, since the lower-case word is everyday
   * English ("open to moving").
   */
  name?: boolean;
  /** Answers the mention also gives ("bought from 21Vianet" → cloud china). */
  implies?: Partial<Record<QuestionId, string>>;
}

export interface Negation {
  /** Words that negate the first mention that follows them closely in the same clause. */
  before: string[];
  /**
   * Like `before`, but also an ordinary word in another language ("no" is "in the" in
   * Portuguese): they count only when this language is the most likely one of the message.
   */
  weakBefore?: string[];
  /** Words right after a mention that negate it ("переносить не хотят", "EA nélkül", "EA? no"). */
  after?: string[];
  /** Words that may stand between a mention and a negation after it ("переносить ничего не хотят"). */
  fillers?: string[];
  /**
   * Uncertainty ("not sure", "не помнит", "不确定"): the mentions of the next question named in
   * the same sentence are candidates only: one is not taken, two or more make a conflict.
   */
  hedges?: string[];
  /**
   * Uncertainty said after what it doubts ("EA, I think", «через EA вроде», «EA или нет»,
   * "EA, acho", "EA, azt hiszem"): the mention just before, in its clause, is a candidate only.
   */
  hedgesAfter?: string[];
  /**
   * Words that close a doubt said before ("anyway", «в общем», "总之", "enfim", "mindegy"): what
   * follows them is stated again, not doubted.
   */
  doubtEnds?: string[];
  /**
   * Words of contrast ("but", «но», "但是", "mas", "de"): after the doubted answer, what follows
   * them is another statement ("might move eventually, but right now only support").
   */
  doubtContrast?: string[];
  /**
   * Words of the present ("right now", «сейчас», "现在", "agora", "most") right after such a
   * contrast: what follows replaces the doubted answer, a correction.
   */
  doubtNow?: string[];
  /** Words that say what a doubt is about ("not sure when", «не знаю, когда», "nem tudom, mikor"): a doubt followed by them doubts no answer said before. */
  doubtObjects?: string[];
  /**
   * "No" reported of another party ("the finance lady says no", «бухгалтер говорит, что нет»,
   * "财务说不是", "ela diz que não", "a pénzügyes azt mondja, nem"): a disagreement between two
   * people, not the speaker taking back what was said; both answers stay to be asked.
   */
  reportedNo?: string[];
  /**
   * A check said in a clause of its own right after a doubted answer ("对，确认了", "confirmed with the
   * customer", «подтвердил у клиента», "confirmei", "megerősítette az ügyfél"), not asked back with "?":
   * the doubted answer is confirmed, stated.
   */
  confirmed?: string[];
  /**
   * A verdict for a checked finding, in a clause of its own ("the portal is right", "a portál a nyerő"):
   * confirmed as a check is, and the finding said after a "but" before it wins over what the question had before the "but".
   */
  verdicts?: string[];
  /**
   * A yes opening a clause right after an answer said with "not" ("Nem másik CSP partner… illetve
   * de, az", "Not another CSP… well, yes, it is"): the speaker takes the "not" back.
   */
  notTakenBack?: string[];
}

export interface Structure {
  /** Words that join two options ("or", «или», «либо», "还是", "ou", "vagy"). */
  or?: string[];
  /** A reference to the first of two options listed ("the former", «первое», "前者", "o primeiro", "az előbbi"). */
  first?: string[];
  /** A reference to the second or last ("the second one", «последнее», "后者", "o segundo", "az utóbbi"). */
  second?: string[];
  /**
   * Words that set aside what the sentence before them said ("but that doesn't matter", «но это
   * неважно», "这个跟我们没关系", "mas isso não importa", "de ez most mindegy").
   */
  dismiss?: string[];
  /**
   * Words that say the case was left undecided ("we ended the call without them deciding",
   * «так и не решили», "所以目标现在不确定", "ninguém confirmou ainda", "nem tudtuk eldönteni"): two
   * answers the message told for one question both stay, and the question is asked.
   */
  undecided?: string[];
  /**
   * The status of a row of a pasted table that no longer holds, said at the start of its cell
   * ("closed", "superseded by item 3", «заменено», "已被取代", "substituído", "lezárt").
   */
  closedStatus?: string[];
  /**
   * Words that mark struck text in a redline: a label ("[struck: …]", a line "Struck: …", «было:»,
   * "原文…："), or a verb before or after a quotation ("counsel struck "…"", "o cliente riscou "…"").
   */
  struck?: string[];
  /**
   * Words that open a form's hint in brackets, or are all of it: an example's or a default's ("(e.g.
   * EA / MCA)", «(например: …)», "（例如：…）", "(ex.: …)", "(pl. EA)", "Open Value (пример)").
   */
  example?: string[];
  /** A form's answer that is a plain no ("没有", "no", "nincs"): the question it answers is not so. */
  formNo?: string[];
  /** Words that make a field's label a yes-or-no question without its mark ("是否EA客户：否"). */
  formAsks?: string[];
  /**
   * A line's label before its colon saying it is the newest part of a pasted history ("最新回复：",
   * "最上面（客户，11/28）：", "Latest:") or an older one ("昨天：", "下面（…）：", "旧邮件：", "Earlier:").
   */
  /** Words restricting a ticket to one of the customer's tenants ("本工单只涉及", "only about"): the cloud right after them is the case's. */
  scopeOnly?: string[];
  /** A place in China and one abroad ("在中国", "在新加坡", "in Singapore"): a role said there is the partner's there. */
  inChina?: string[];
  abroad?: string[];
  /** Countries (one entry each: names, codes), a clause opened by one ("Ausztriában") and the case said to be about one, or one listed item ("Ausztriáról szól", "az 1. pontról szól"). */
  countries?: string[];
  placeIn?: string[];
  aboutPlace?: string[];
  newestPart?: string[];
  olderPart?: string[];
  /** A writing whose title is quoted after it ("邮件「…」", "活动《…》"): the title is no one's answer. */
  titled?: string[];
  /** Words that put a goal off till later ("the move later", «перенос потом», "迁移以后再说"). */
  later?: string[];
  /**
   * Words for what was said at first ("at first they said", «сначала говорили», "一开始说", "no
   * começo disseram", "először azt mondták"): they doubt what follows, and a different answer told
   * anywhere else in the message takes its place.
   */
  atFirst?: string[];
  /**
   * Words of wanting ("they want", «хотят», "想", "querem", "szeretnék"): where a message names two
   * goals, the one it says is wanted is the goal and the other is its story ("we moved offices").
   */
  want?: string[];
  /**
   * Words of a wish told as past ("they wanted", «хотели», "一开始想", "queriam", "akartak"): a
   * goal wanted once gives way to another goal said after it ("at first they wanted to move…
   * then the director said just support").
   */
  wanted?: string[];
  /** Words joining two wishes into one ("manage it and bill them", «и», "并且", "e", "és"): support and a move so wished are a move. */
  together?: string[];
  /**
   * Words that restrict what is in scope to the product next to them ("only Azure", "Azure only",
   * «только про», "只谈", "só o", "csak a"): that product's kind of service is the one stated.
   */
  only?: string[];
  /**
   * A purchase made through the partner itself ("bought it through us", «купил через нас»,
   * "通过我们买的", "comprou com a gente", "tőlünk vették"): with the partner's own Advisor
   * past, the channel is the former Advisor.
   */
  fromUs?: string[];
  /** Verbs of selling ("sold", «продали», "卖给", "vendeu", "eladtuk"): with "we" before them, a sale by the partner itself. */
  sold?: string[];
  /**
   * Verbs of reselling ("resell", «перепродаём», "进货", "revendemos", "továbbadjuk"): what the
   * partner itself buys from Microsoft to resell is its supply, not the customer's channel.
   */
  resell?: string[];
  /** Words that make the partner itself the subject of a clause ("we", «мы», "我们", "somos", "mi"). */
  self?: string[];
  /** Words that make another party the subject ("their", «их», "客户", "deles", "partnerük"). */
  others?: string[];
  /**
   * Words right after a role that name whose it is ("of the customer", «клиента», "deles", "do
   * antigo parceiro", "a korábbi partner"), place it below us ("under us", «под нами», "alattunk"),
   * say it is not us ("is not us", «не мы», "nem mi vagyunk") or make it the one who speaks ("the
   * distributor says", "分销商那边说", "a distribuidora diz"): that role is another party's, not the
   * partner's own.
   */
  ownerAfter?: string[];
  /**
   * "But that's not us" («но это не мы», "但这不是我们", "mas não somos nós", "de az nem mi
   * vagyunk") in the clause right after a role: the speaker denies the role is the partner's own.
   */
  notUs?: string[];
  /** Words speaking to this partner ("you", «вы», "vocês", "önök", "你们"): another party's quote with them names our role. */
  addressee?: string[];
  /**
   * Words naming another case than this one: another customer ("our other customer", «другой
   * клиент», "上周那个客户", "aquele cliente", "a másik ügyfél") or the customer's parent company
   * ("the parent company", «материнская компания», "母公司", "a matriz", "az anyavállalat"). What
   * follows them in their sentence is theirs, up to a word for this case (`thisCase`: "this one",
   * «этот клиент», "这个客户", "esse aqui", "ez az ügyfél").
   */
  otherCase?: string[];
  thisCase?: string[];
  /**
   * Words opening a clause whose subject is said at its end ("who handles the contract with
   * Microsoft is the parent company", «кто ведёт контракт — материнская компания», "quem cuida …
   * é a matriz"): when that subject is another case, the clause is theirs.
   */
  whoever?: string[];
  /**
   * Words opening a relative clause ("which", "que", «который», "ami"): a clause so opened goes on
   * with the one before it ("Office, que eles têm…, esquece"), so a dismissal reaches past it.
   */
  relative?: string[];
  /**
   * "The EA is only for Office", "o EA deles é só do Office": a contract said as the subject (after
   * a stop or one of `subjectStart`: "the", "o", «а»), then at most `coverWords` ("is", "deles é"),
   * then "only": the "only" limits what that contract covers, not the kind of service in scope.
   */
  subjectStart?: string[];
  coverWords?: string[];
  /**
   * Words that open a sentence and say nothing of it ("by the way", «кстати», "aliás",
   * "egyébként"): the comma after them is theirs, not a relative clause's ("By the way, who…").
   */
  openers?: string[];
  /** A role word in a form that says it is another party's (Hungarian "disztribútoruk", their distributor). */
  ownedWord?: string[];
  /**
   * Words that make the provider named right after them the partner's supplier ("through",
   * «через», "通过", "pela"); `supplierAfter` for words after it (Hungarian "keresztül").
   */
  supplier?: string[];
  supplierAfter?: string[];
  /** A reseller called the writer's own ("our reseller", «наш реселлер», "我们的经销商", "nossa revenda", "viszonteladónk"): another party, whose role is not the writer's (roles.ts). */
  ourReseller?: string[];
  /** Words after a reseller saying it buys through us ("buys through us", «работает через нас», "通过我们拿货", "rajtunk keresztül vásárol"). */
  throughUs?: string[];
  /** Sellers ("hosting company", "retailer", «интегратор», "零售商"): one said not to be a CSP is a third party. */
  seller?: string[];
  /**
   * Bare words for a reseller ("reseller", «реселлер», "经销商", "revenda", "viszonteladó"): the
   * one a reference keeps among the roles the partner listed for itself ("a distributor or a
   * reseller, the second one") is its own role, an indirect reseller.
   */
  reseller?: string[];
  /**
   * "We are" with the customer named as the one the role serves, right before the role ("we are
   * the customer's", "我们是客户的", "mi vagyunk az ügyfél"): the role after them is the
   * partner's own, though a party word stands nearer to it than "we".
   */
  selfOf?: string[];
  /** Verbs of buying: a negation right before one reaches the channel after it ("didn't buy it through EA"). */
  purchase?: string[];
  /** Words that join two clauses ("and", «и», "e", "és"): a negation after an object never reaches back across one. */
  and?: string[];
}

/**
 * A pasted call transcript: the speaker labels that open a turn ("Agent:", «Клиент:», "客服：",
 * "Atendente:", "Ügyfél:"), and the words that open a yes or a no answering the turn before.
 */
export interface Transcript {
  speakers: string[];
  yes: string[];
  no: string[];
  /** How a question is asked without its mark ("did they…", «…ли…», "…吗", "será que…", "…-e"): its sentence is a question. */
  asks?: string[];
  /** A tag that ends a statement ("…, right?", "…, sabe?", «…, да?»): its question mark asks nothing (asking.ts). */
  tags?: string[];
  /** A Q&A's labels ("Q", "A", "Kérdés", "Válasz"), also speakers: a question one heads alone is the partner's own. */
  qa?: string[];
  /** A person's name with no capitals to tell it ("小安", "老王", "阿强"): two such make a chat's speakers. */
  persons?: string[];
  /** A "not" that negates the words it runs into when it opens an answer ("不是 Azure，是…"), unlike a bare no ("不是，…"). */
  notIs?: string[];
}

export interface Lexicon {
  /** BCP 47 tag, or "neutral" for the language-independent names. */
  language: string;
  /** Frequent function words, used only to weigh `weakBefore` negations. */
  markers?: string[];
  negation?: Negation;
  /**
   * Words that take back what was said before ("sorry", "I mean", "точнее", "不对", "quer dizer",
   * "bocsánat"): a later answer to a question replaces the earlier ones to that question.
   */
  corrections?: string[];
  /** The corrections that say what came before was wrong ("no wait", "scratch that"), not a restatement. */
  retractions?: string[];
  /** The words of a pasted call transcript (transcript.ts). */
  transcript?: Transcript;
  /** The structure words of a message (structure.ts): options listed, references to them, parties. */
  structure?: Structure;
  /**
   * Spoken and transcribed forms, read as written ones before anything else ("twenty one
   * vianet" → "21vianet", "see ess pee" → "csp", «тир один» → "tier 1"): pattern → replacement;
   * an empty replacement drops a filler word ("um", "嗯").
   */
  respell?: Record<string, string>;
  /** The names of Latin letters as spoken ("see" → "c", «эс» → "s", "pé" → "p"): a word spelled out is read (spelled.ts). */
  letters?: Record<string, string>;
  /** Phrases that contain answer words but answer nothing ("multi-channel support", "global admin"). */
  block?: string[];
  /** How the language is typed in Latin letters on a keyboard without its layout (translit.ts). */
  latinTyping?: LatinTyping;
  entries: LexiconEntry[];
}

/**
 * A language typed in Latin letters ("klient kupil Azure u drugogo CSP partnera"): the letters and
 * letter groups each stand for (the longest match first; folded as the prepared text folds, "й" as
 * "и"), what "y" stands for after a vowel of the language and otherwise, the letters the typing
 * leaves out (Russian "ь"), a letter the typing makes ambiguous ("sh" for "щ" as well as "ш": tried
 * when the word as spelt is none), and the short function words a sentence needs that no entry lists.
 */
export interface LatinTyping {
  letters: Record<string, string>;
  y: { afterVowel: string; otherwise: string };
  vowels: string;
  unwritten?: string;
  alternatives?: Record<string, string>;
  functionWords: string[];
}
