// Traditional Chinese characters read as their Simplified forms, one character for one, so the
// zh-CN lexicon (written in Simplified) reads messages typed in Taiwan or Hong Kong: "透過 EA
// 購買" is "透过 EA 购买". Only the characters of the words a case is described with.
const PAIRS =
  '們们過过購购買买轉转邊边單单帳账賬账夥伙雲云國国軟软經经銷销進进貨货權权從从務务協协議议業业對对這这個个聯联營营運运紀纪網网記记錄录與与遷迁舊旧費费還还裡里來来將将為为後后於于開开關关應应採采訂订閱阅專专區区體体價价計计劃划統统題题問问說说話话請请謝谢時时間间長长門门員员現现戶户許许證证號号碼码專专營营託托盤盘約约續续終终獲获發发達达構构織织識识選选擇择廠厂產产處处變变準准確确嗎吗麼么啊啊讓让給给沒没幫帮為为會会樣样們们' +
  '級级額额資资歷历續续種种務务並并僅仅只只麥麦訊讯際际總总點点擊击頁页園园縣县廳厅鄉乡鎮镇電电腦脑場场師师戰战機机構构備备搬搬遷迁勢势' +
  '刪删實实剛刚錯错認认覺觉決决猶犹慮虑糾纠結结據据團团維维護护裝装計计畫画訪访揀拣';

export const TRADITIONAL: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const chars = [...PAIRS];
  for (let i = 0; i + 1 < chars.length; i += 2) if (chars[i] !== chars[i + 1]) map.set(chars[i]!, chars[i + 1]!);
  return map;
})();
