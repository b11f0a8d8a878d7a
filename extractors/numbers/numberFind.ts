/**
 * A fast `find` for a pattern whose match starts at a printed number (NUMBER_START and NUMBER, or the like:
 * never right after a digit, nor after `<digit>.`/`<digit>,`) and takes all of it (what follows the number
 * in the pattern is never a digit, `.` or `,`). The pattern is tried, sticky, only at the numbers of the
 * text (numberTokens) whose next character after horizontal space can start what the pattern wants after
 * its number (`follow`: one character, written with the flags of the pattern, e.g. `/[ntđv]/iu` for a money
 * unit, `/%/` for a percentage); the match is exactly the one the global pattern finds.
 */
import { charTest, type Find } from './anchoredFind.js';
import { firstTokenFrom, numberTokens } from './numberTokens.js';

export function numberFind(pattern: RegExp, follow: RegExp): Find {
  const sticky = new RegExp(pattern.source, pattern.flags.replace(/g/gu, '') + (pattern.sticky ? '' : 'y'));
  const isFollow = charTest(follow);
  return (text, from) => {
    const t = numberTokens(text);
    for (let i = firstTokenFrom(t, from); i < t.count; i++) {
      if (!isFollow(t.next[i])) continue;
      sticky.lastIndex = t.starts[i];
      const m = sticky.exec(text);
      if (m) return m;
    }
    return null;
  };
}
