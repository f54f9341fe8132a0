import { foldText } from './fold.js';

/**
 * Words that say nothing about what someone looks for ("wie", "the", "для"), per language and
 * folded: they neither search nor highlight. Per language, because one language's stopword is
 * another's content word: Vietnamese "thẻ" (card) folds to English "the", "cơ hội" to "co".
 * Kept short on purpose: "ohne", "über", "over", "without" and "IT" carry meaning here.
 */
// prettier-ignore
const WORDS: Record<string, string> = {
  de: 'der die das den dem des ein eine einer eines einem einen und oder ist sind wie was wer wo wann warum welche welcher welches ich mich mir mein meine meinen meiner meinem wir sie ihr ihre es er zu zum zur im in am an auf für von vom mit bei aus als auch nicht kein keine kann können muss müssen darf soll gibt habe hat haben bin sein werden wird dass so noch nur um man',
  en: 'the a an and or is are was be been to of in on at for from with by as do does did i my me we you your its this that what which who how when where can could may must should will would have has had am not no there about into',
  uk: 'і й та або це що як де коли чи я мені мене мій моя моє мої ми ви вам вас в у на з із зі до для по від за про при не є який яка які якщо',
  ru: 'и или а но это что как где когда ли я мне меня мой моя моё мои мы вы вам вас в во на с со к ко до для по от за о об при не есть какой какая какие если бы же у из',
  ar: 'في من إلى على عن مع هل ما ماذا كيف متى أين هو هي أنا أو و ثم لا لن أن إن التي الذي هذا هذه ذلك كم لي بي',
  es: 'el la los las un una unos unas y o de del a al en con por para que qué como cómo donde dónde cuando cuándo cual cuál es son se mi mis me yo tu su sus lo le les hay no si',
  vi: 'là gì của và tôi không nào như một các những ở thì mà',
};

const sets = new Map<string, ReadonlySet<string>>();
const NONE: ReadonlySet<string> = new Set();

/** The folded stopwords of a language (none for a language without a list). */
export function stopwordsFor(language: string | undefined): ReadonlySet<string> {
  if (!language || !WORDS[language]) return NONE;
  let set = sets.get(language);
  if (!set) {
    set = new Set(WORDS[language].split(' ').map(foldText));
    sets.set(language, set);
  }
  return set;
}
