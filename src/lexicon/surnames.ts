/** Family names, from faker's per-locale lists (src/lexicon/generated/surnames.ts). */
import { SURNAMES as GENERATED } from './generated/surnames.js';

export const SURNAMES: ReadonlySet<string> = new Set(GENERATED.split(' '));

/**
 * Chinese family names, written first ("Wang Donghai", "Deng Xiaoping", "Hu Shih"): the most common
 * ones in romanized news text (pinyin and Wade-Giles). A later "Wang said" refers to the first word.
 * Read only together with the shape of the given name (see people/keys.ts).
 */
export const FAMILY_NAME_FIRST: ReadonlySet<string> = new Set([
  'wang', 'li', 'zhang', 'liu', 'chen', 'yang', 'huang', 'zhao', 'wu', 'zhou', 'xu', 'sun', 'ma', 'zhu',
  'hu', 'guo', 'he', 'lin', 'gao', 'luo', 'zheng', 'liang', 'xie', 'song', 'tang', 'xiao', 'deng', 'feng',
  'cao', 'peng', 'zeng', 'jiang', 'qian', 'ding', 'wei', 'shen', 'han', 'yu', 'pan', 'du', 'dai', 'xia',
  'zhong', 'tian', 'ren', 'jiang', 'fan', 'fang', 'shi', 'yao', 'tan', 'liao', 'zou', 'xiong', 'jin',
  'lu', 'hao', 'kong', 'bai', 'cui', 'kang', 'mao', 'qiu', 'qin', 'gu', 'hou', 'shao', 'meng', 'long',
  'wan', 'duan', 'lei', 'qian', 'tang', 'yin', 'chang', 'chiang', 'chou', 'chu', 'chung', 'hsu', 'tsai',
  'teng', 'chao', 'chow', 'wong', 'leung', 'cheung', 'lau', 'chan', 'kwok', 'ng', 'tse', 'yeung', 'lam',
]);
