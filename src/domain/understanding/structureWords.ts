// The structure words of a message, one set per language (structure.ts and the rules beside it
// read them): options listed and references to them, parties, clauses, corrections of scope.
// Kept apart from the rest of the lexicon's shape (types.ts) because it is the part that grows.

export interface Structure {
  /** Words that join two options ("or", «или», «либо», "还是", "ou", "vagy"). */
  or?: string[];
  /** A reference to the first of two options listed ("the former", «первое», "前者", "o primeiro", "az előbbi"). */
  first?: string[];
  /** A reference to the second or last ("the second one", «последнее», "后者", "o segundo", "az utóbbi"). */
  second?: string[];
  /** Among three options or more, a reference to the second by its number ("the second one", «второй», "第二个", "o segundo", "a második"): "the latter" is the last. */
  secondOfMany?: string[];
  /** Among three options or more, a reference to the third ("the third one", «третий», "第三个", "o terceiro", "a harmadik"). */
  thirdOfMany?: string[];
  /** Nouns of a period ("half", «половина», "季度", "semestre", "félév"): a reference by place before one is a time ("the second half of the year"), no option. */
  periodNoun?: string[];
  /** A decision line's opening words after options weighed ("Outcome:", «Итог», "结论", "Decisão", "Döntés"): optionsWeighed.ts. */
  decision?: string[];
  /** Verbs of choosing, anywhere on the line after options ("they chose", «выбрали», "选了", "vamos de", "választotta"): a place word on that line picks an option. */
  chose?: string[];
  /** A word for an option, after a place word that is a line's whole answer ("the second one", «второй вариант», "segunda opção", "a második lehetőség"). */
  optionNoun?: string[];
  /** An option's own label in a list ("方案一：", "选项二：") and a pro's or con's opening ("优：", "缺："), as written (optionsWeighed.ts). */
  optionLabel?: string[];
  proCon?: string[];
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
   * Words of no decision between two options ("could be either", «может быть и то, и другое»,
   * "两个都可能", "pode ser qualquer um dos dois", "bármelyik lehet"): undecided words about the
   * questions that have two values named in their sentence or the one before, or that their
   * subject names (eitherScope.ts).
   */
  either?: string[];
  /** Words naming a question, as a sentence's subject ("the channel", «канал», "渠道", "o canal", "a csatorna"). */
  cloudWord?: string[];
  channelWord?: string[];
  serviceWord?: string[];
  goalWord?: string[];
  partnerTypeWord?: string[];
  /**
   * Two parties' claims side by side in one sentence ("X says direct, Y says through the
   * distributor", "合同部说…，销售说…", "Zoli szerint …, Eszter szerint …"): the partner's role they
   * name is left open (rivalClaims.ts).
   */
  rivalClaims?: string[];
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
  /** Words that label inserted text in a redline ("[inserted: …]", «[добавлено: …]», "[插入：…]"): the label and its brackets state nothing, the words inside do. */
  inserted?: string[];
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
  /** Words setting the product just before them outside the case ("out of scope", "本次不处理"): the other kind of service named is the case's. */
  outOfScope?: string[];
  /** A place in China and one abroad ("在中国", "在新加坡", "in Singapore"): a role said there is the partner's there. */
  inChina?: string[];
  abroad?: string[];
  /** Countries (one entry each: names, codes), a clause opened by one ("Ausztriában") and the case said to be about one, or one listed item ("Ausztriáról szól", "az 1. pontról szól"). */
  countries?: string[];
  placeIn?: string[];
  aboutPlace?: string[];
  /**
   * A governance record's item status (governance.ts): a proposal REJECTED or DEFERRED ("отложено",
   * "暂缓", "ELHALASZTVA"), an item not discussed, and a decision put off or a change rejected in prose
   * ("deferred the decision on changing partner", «отклонил вопрос о …», "驳回了…的变更").
   */
  itemShelved?: string[];
  itemNotTaken?: string[];
  shelvedPhrase?: string[];
  newestPart?: string[];
  /** A log's title saying its entries go oldest first («Журнал (сначала старые)», "Activity (oldest first)"): statedOrder.ts. */
  oldestFirst?: string[];
  /** A recap's or summary's title on its first line ("Meeting recap", "AI summary"): replies below it are newer (recap.ts). */
  recap?: string[];
  /** A recap's comments heading ("Comments", «Комментарии», "评论") or one comment's label, the agent's among them ("Agent:", "坐席："): the comments below it are newer than the recap (recapComments.ts). */
  recapComments?: string[];
  /** A bid's or questionnaire's answer label at a line's start ("Bidder response:", "应答："): the item above it is the buyer's requirement (tenderItems.ts). */
  bidAnswer?: string[];
  /** A tender's item label before its number at a line's head ("Q12", «пункт 3», "第 2 条", "item 4", "pont 2"): tenderItems.ts. */
  tenderItemLabel?: string[];
  /** A requirement in the buyer's words ("shall", "mandatory", «требование», "要求", "obrigatório", "követelmény"). */
  tenderRequirement?: string[];
  /** What the customer wants, on a request line ("wants", «хотят», "希望", "quer", "szeretné"): the case's words, not a buyer's requirement. */
  caseWants?: string[];
  /** A syndication named as such ("syndication", «синдикация», "联合", "sindicação", "szindikáció"): no bundle whose seller is in doubt. */
  syndicationNamed?: string[];
  /** A CSP said to be ours or a later one ("we", «мы», "我们", "nós", "mi", "next year", «будущий», "明年", "jövőre"): a move, not a doubt about the seller. */
  oursOrLater?: string[];
  /** "Another", "other" ("another", «другой», "其他", "outro", "másik"): "not another CSP, but a shop" denies another channel, not the bundle's seller. */
  anotherWord?: string[];
  /** "You" said to the reader ("you", «вы», "你们", "vocês", "önök"): "are you a distributor or a reseller?" puts the roles to the reader. */
  readerYou?: string[];
  /** The words that may stand between that "you" and the roles put to it, and around their "or" ("are", "a", «же», "是", "são"). */
  predicateFiller?: string[];
  /** The copula between the speaker's "we" and a role word ("are", "是", "somos"): "we are direct". */
  selfCopula?: string[];
  /** The English word for the direct role, said bare after "we" in any language («мы direct», "nós somos direct"). */
  bareDirectRole?: string[];
  /** The word after "direct" that makes it a purchase, not a role ("from", «у», "da", "微软"): "direct from Microsoft". */
  directFrom?: string[];
  /** A Chinese option's mark before its number in minutes ("方案", "选项"), written as it stands in the original. */
  optionMark?: string[];
  /** The numerals of the first, second and third options after that mark, in that order ("一", "二", "三"). */
  placeNumerals?: string[];
  /**
   * A community or forum thread's labels, opening a line before its colon: the asker's own post or
   * later line ("Posted by us", "OP", "EDIT", «Автор (мы)», "楼主", "EDIT do autor", "Kérdésünk") and
   * another partner's reply ("Reply by …", "Accepted answer", «Ответ 1», "回复", "Resposta", "Válasz")
   * (forumThread.ts).
   */
  forumAsker?: string[];
  forumReply?: string[];
  /** Words of a writer not knowing its own role ("not sure which partner type we are", «в какой роли мы»): the type is asked (ownRoleUnknown.ts). */
  ownRoleUnknown?: string[];
  /**
   * A field's value replaced (replacedValue.ts): the words right before the old value ("changed
   * Channel from", «изменил поле «Канал» с», "从", "alterado de") and those between it and the new
   * one ("to", «на», "改为", "para").
   */
  changedFrom?: string[];
  /**
   * A page's revision label at a line's start, with its number ("rev 3", "v5", «ред. 2», "第2版",
   * "3. vált."): a newer revision's value replaces an older one's (revisions.ts).
   */
  revision?: string[];
  /** Words by which a revision says it corrects an older one ("corrected", «исправлено», "更正", "javítva"): only such a revision replaces (revisions.ts). */
  revisionCorrects?: string[];
  /** Words reporting what an earlier note, shift or record said ("night shift wrote", "old note says"): its values yield to the message's own (earlierNote.ts). */
  earlierNote?: string[];
  /** A hand-over's label for what is not known yet ("unknown:", "open questions:"): its line asks, it states nothing (earlierNote.ts). */
  stillUnknown?: string[];
  /**
   * A heading of questions, alone on its line ("Open questions", «Открытые вопросы», "待解决问题",
   * "Perguntas em aberto", "Nyitott kérdések"): the items listed under it ask, they state nothing (questionsHeading.ts).
   */
  questionsHeading?: string[];
  /** An agenda's question answered as still open ("→ Not decided, open item", «— Вопрос открыт», "→ 未定", "→ Em aberto", "→ Nyitott"): the question states nothing (openItem.ts). */
  itemOpen?: string[];
  changedTo?: string[];
  olderPart?: string[];
  /** A writing whose title is quoted after it ("邮件「…」", "活动《…》"): the title is no one's answer. */
  titled?: string[];
  /** Words that put a goal off till later ("the move later", «перенос потом», "迁移以后再说"). */
  later?: string[];
  /**
   * Words that open a hypothetical ("if they were on EA", "what if", "hypothetically",
   * "should it turn out to be"): what the sentence says after them states nothing of the case.
   */
  hypothetical?: string[];
  /** The customer's confirmation in writing of something past: its clause states no channel (confirmedPast.ts). */
  confirmedPast?: string[];
  /** The customer's past change of channel ("they moved to an EA in 2023"): its moving verb states no goal (confirmedPast.ts). */
  pastMove?: string[];
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
   * A word naming the partner's distributor as a line's label when a colon follows it, perhaps after a name in brackets
   * ("Distributor (name):", «Дистрибьютор:», "分销商：", "Distribuidora:", "Disztribútor:"): the roles in the clause it
   * labels are the distributor's, not the partner's.
   */
  partyLabel?: string[];
  /**
   * "But that's not us" («но это не мы», "但这不是我们", "mas não somos nós", "de az nem mi
   * vagyunk") in the clause right after a role: the speaker denies the role is the partner's own.
   */
  notUs?: string[];
  /** Words speaking to this partner ("you", «вы», "vocês", "önök", "你们"): another party's quote with them names our role. */
  addressee?: string[];
  /** Words of a label saying whose answer follows its colon ("答复", "answer", «ответ», "resposta", "válasza"): a role word in it is the one answering (expertAnswer.ts). */
  answerLabel?: string[];
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
  /**
   * A listing's column header naming how each listed party stands to the tenant or to us
   * ("Relationship", "Kapcsolat", "Relacionamento", «Отношения», "关系"): the roles in that column
   * are the rows' parties', not the partner's own (relationColumn.ts).
   */
  relationColumn?: string[];
  /**
   * A question after two options that asks which of them is meant ("which one", «какой из них»,
   * "哪一个", "qual dos dois", "melyiket"): a reference by place in a later sentence picks from them
   * (listedOptions.ts).
   */
  whichOne?: string[];
  /** Verbs of buying: a negation right before one reaches the channel after it ("didn't buy it through EA"). */
  purchase?: string[];
  /** Words that join two clauses ("and", «и», "e", "és"): a negation after an object never reaches back across one. */
  and?: string[];
  /** A chat widget's bot as a speaker's label ("Bot", «Бот», "机器人", "Robô", "Chatbot"): its turn states nothing (chatWidget.ts). */
  chatBot?: string[];
  /** A label saying the visitor clicked a button ("Visitor clicked", «Посетитель нажал», "访客点选", "Visitante clicou", "Látogató kattintott"): the button states. */
  chatClicked?: string[];
  /** A visitor's words taking the last click back ("wrong button", «ой, не то», "点错了", "cliquei errado", "rossz gomb"). */
  chatMisclick?: string[];
  /** Spoken punctuation of a dictation ("comma", «запятая», "逗号", "vírgula", "vessző"): read as the mark (dictated.ts). */
  spokenComma?: string[];
  /** A spoken full stop ("full stop", «точка», "句号", "ponto final", "pont"). */
  spokenStop?: string[];
  /** A spoken colon ("colon", «двоеточие», "冒号", "dois pontos", "kettőspont"). */
  spokenColon?: string[];
  /** A spoken new line ("new line", «новая строка», "换行", "nova linha", "új sor"). */
  spokenLine?: string[];
  /**
   * Words no sentence ends on ("the", "of", "no longer", «на», «уже не», "的", "通过", "para o", "az"):
   * a line that ends in one was wrapped in the middle of its sentence, which goes on in the next line.
   */
  lineGoesOn?: string[];
  /** An IVR log's "pressed" before a menu's number («нажал», "按", "pressionou", "megnyomta"): the menu's label states nothing. */
  menuPressed?: string[];
}
