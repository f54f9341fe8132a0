/**
 * Light stemming where plain prefix matching is not enough, the same in index and query.
 *
 * Russian and Ukrainian inflect nouns and adjectives ("Синяя карта", "для Синей карты"): a light
 * stemmer cuts the common case endings from folded Cyrillic words, the same way in the index and
 * the query, so that forms of one word meet. Words of other scripts pass unchanged. The endings
 * are written as folded (й is folded to и).
 */
// prettier-ignore
const VERB_ENDINGS = [
  'ювати', 'увати', 'ивать', 'ывать', 'евать', 'овать', 'ити', 'ати', 'яти', 'ать', 'ять', 'ить', 'еть', 'ти', 'ть',
];
const REFLEXIVE = ['ся', 'сь'];
// prettier-ignore
const ENDINGS = [
  'иями', 'ями', 'ами', 'ого', 'его', 'ому', 'ему', 'ыми', 'ими', 'иях', 'ях', 'ах',
  'ии', 'ия', 'ие', 'ою', 'ои', 'еи', 'ыи', 'ая', 'яя', 'ую', 'юю', 'ое', 'ее', 'ые', 'ых', 'их',
  'ым', 'им', 'ом', 'ем', 'ам', 'ям', 'ов', 'ев', 'ию', 'ью', 'ів', 'іи', 'ої',
  'а', 'я', 'ы', 'и', 'е', 'у', 'ю', 'о', 'і', 'ї', 'є', 'ь',
];
const CYRILLIC = /^[\u0400-\u04ff]+$/;
const MIN_STEM = 3;

export function stemCyrillic(term: string): string {
  if (term.length < MIN_STEM + 1 || !CYRILLIC.test(term)) return term;
  // Verbs too ("продовжити", "продовжувати"; "зарегистрироваться"): the infinitive and its reflexive form.
  const plain = REFLEXIVE.find((r) => term.endsWith(r) && term.length - r.length >= MIN_STEM + 2);
  const verb = plain ? term.slice(0, -plain.length) : term;
  for (const ending of VERB_ENDINGS) {
    if (verb.endsWith(ending) && verb.length - ending.length >= MIN_STEM) return verb.slice(0, -ending.length);
  }
  for (const ending of ENDINGS) {
    if (term.endsWith(ending) && term.length - ending.length >= MIN_STEM) return term.slice(0, -ending.length);
  }
  return term;
}

/** Arabic attaches the article and prepositions to the word ("الراتب", "للبطاقة"): cut them off. */
const ARABIC_PREFIXES = ['وبال', 'وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const ARABIC = /^[\u0600-\u06ff]+$/;

export function stemArabic(term: string): string {
  if (!ARABIC.test(term)) return term;
  for (const prefix of ARABIC_PREFIXES) {
    if (term.startsWith(prefix) && term.length - prefix.length >= 3) return term.slice(prefix.length);
  }
  return term;
}

export function lightStem(term: string): string {
  return stemArabic(stemCyrillic(term));
}
