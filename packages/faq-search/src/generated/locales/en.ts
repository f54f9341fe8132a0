
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.honeypot': `Please leave this field empty.`,
'common.new-tab': `(opens in a new tab)`,
'common.privacy-link': `Privacy notice`,
'common.retry': `Try again`,
'faq.booking': `Book a consultation`,
'faq.categories': `Topics`,
'faq.categories.all': `All topics`,
'faq.empty.consultation': `Your question is not listed? We are happy to advise you in person.`,
'faq.empty.popular': `Frequently asked:`,
'faq.empty.tips': `Try other or shorter words, or choose a topic.`,
'faq.fallback': `This answer is not yet available in your language. Here it is in German.`,
'faq.feedback.failed': `Your feedback could not be sent.`,
'faq.feedback.no': `No`,
'faq.feedback.question': `Was this answer helpful?`,
'faq.feedback.thanks': `Thank you for your feedback.`,
'faq.feedback.yes': `Yes`,
'faq.heading': `Frequently asked questions`,
'faq.input.hint': `Matching answers appear as you type; typos are not a problem.`,
'faq.input.label': `Your question`,
'faq.loading': `Loading the answers…`,
'faq.problem.network': `No connection to the server. Please try again.`,
'faq.problem.offline': `You are offline. The answers need a connection once to load.`,
'faq.problem.server': `The answers are not available right now. Please try again later.`,
'faq.related': `Related questions:`,
'faq.showAll': str`Show all ${0} questions`,
'faq.status.count': str`${0} answers found.`,
'faq.status.none': `No answer found.`,
'faq.suggestions': `Suggestions`,
'faq.updated': str`Last reviewed: ${0}`,
    };
  