
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'common.honeypot': `Please leave this field empty.`,
'common.new-tab': `(opens in a new tab)`,
'common.privacy-link': `Privacy notice`,
'common.problem.kept': `What you entered is kept.`,
'common.problem.network': `No connection to the server. Please try again.`,
'common.problem.offline': `You are offline. Once you are connected again, you can try again.`,
'common.problem.origin-not-allowed': `This service has not yet been enabled for this website. Please contact the operators of this page.`,
'common.problem.rate-limited': `Too many attempts in a short time. Please wait a few minutes.`,
'common.problem.rate-limited-until': str`Too many attempts in a short time. Please try again from ${0}.`,
'common.problem.server': `Something went wrong on the server. Please try again.`,
'common.problem.timeout': `The server is not responding at the moment. Please try again.`,
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
'faq.outdated': `This translation may be out of date: the German version was changed more recently.`,
'faq.outdated.failed': `The German version could not be loaded.`,
'faq.outdated.german': `German version`,
'faq.outdated.show-german': `Show the German version`,
'faq.related': `Related questions:`,
'faq.showAll.few': str`Show all ${0} questions`,
'faq.showAll.many': str`Show all ${0} questions`,
'faq.showAll.one': str`Show the ${0} question`,
'faq.showAll.other': str`Show all ${0} questions`,
'faq.showAll.two': str`Show all ${0} questions`,
'faq.showAll.zero': str`Show all ${0} questions`,
'faq.status.count.few': str`${0} answers found.`,
'faq.status.count.many': str`${0} answers found.`,
'faq.status.count.one': str`${0} answer found.`,
'faq.status.count.other': str`${0} answers found.`,
'faq.status.count.two': str`${0} answers found.`,
'faq.status.count.zero': str`${0} answers found.`,
'faq.status.none': `No answer found.`,
'faq.suggestions': `Suggestions`,
'faq.updated': str`Last reviewed: ${0}`,
    };
  