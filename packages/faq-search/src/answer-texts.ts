import { msg, str } from '@lit/localize';

/**
 * The words of an opened answer. They stay in the widget's chunk while the answer's markup is
 * fetched with the search engine: a lazy chunk importing the localization runtime made the
 * bundler split that runtime out of the common core (docs/adr/0019). Functions, not strings:
 * msg() must run during render to answer in the widget's language.
 */
export const answerTexts = {
  fallback: () =>
    msg('Diese Antwort gibt es noch nicht in Ihrer Sprache. Hier ist sie auf Deutsch.', { id: 'faq.fallback' }),
  updated: (updated: string) => msg(str`Zuletzt geprüft: ${updated}`, { id: 'faq.updated' }),
  related: () => msg('Passend dazu:', { id: 'faq.related' }),
  feedbackQuestion: () => msg('War diese Antwort hilfreich?', { id: 'faq.feedback.question' }),
  thanks: () => msg('Danke für Ihre Rückmeldung.', { id: 'faq.feedback.thanks' }),
  yes: () => msg('Ja', { id: 'faq.feedback.yes' }),
  no: () => msg('Nein', { id: 'faq.feedback.no' }),
  feedbackFailed: () => msg('Die Rückmeldung konnte nicht gesendet werden.', { id: 'faq.feedback.failed' }),
  outdated: () =>
    msg('Diese Übersetzung ist vielleicht nicht mehr aktuell: Die deutsche Fassung wurde später geändert.', {
      id: 'faq.outdated',
    }),
  showGerman: () => msg('Deutsche Fassung zeigen', { id: 'faq.outdated.show-german' }),
  german: () => msg('Deutsche Fassung', { id: 'faq.outdated.german' }),
  loading: () => msg('Die Antworten werden geladen …', { id: 'faq.loading' }),
  germanFailed: () => msg('Die deutsche Fassung konnte nicht geladen werden.', { id: 'faq.outdated.failed' }),
};

export type AnswerTexts = typeof answerTexts;
