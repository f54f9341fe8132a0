
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
'newsletter.already-confirmed.text': `Your subscription was already confirmed; there is nothing more to do. Every issue contains a link to unsubscribe.`,
'newsletter.already-confirmed.title': `You are already subscribed to the newsletter.`,
'newsletter.already-unsubscribed.text': `You will not receive any more e-mails from us. You can subscribe again at any time.`,
'newsletter.already-unsubscribed.title': `You have already unsubscribed from the newsletter.`,
'newsletter.confirmed.text': `You will receive the newsletter from the next issue on. Every issue contains a link to unsubscribe.`,
'newsletter.confirmed.title': `Thank you! Your subscription is confirmed.`,
'newsletter.consent': str`I agree that ${0} may store my e-mail address, the chosen topics and the language in order to send me the newsletter. I can unsubscribe at any time.`,
'newsletter.email.hint': `We will send you a link to confirm your subscription.`,
'newsletter.email.label': `E-mail address`,
'newsletter.error.consent': `Please give your consent so that we may send you the newsletter.`,
'newsletter.error.email-invalid': `Please enter a valid e-mail address, for example name@example.org.`,
'newsletter.error.email-required': `Please enter your e-mail address.`,
'newsletter.error.language': `Please choose a language.`,
'newsletter.error.topics': `Please choose at least one topic.`,
'newsletter.heading': `Subscribe to the newsletter`,
'newsletter.inbox.change': `Enter a different address`,
'newsletter.inbox.spam': `Didn't receive an e-mail? Please also check your spam folder.`,
'newsletter.inbox.text': str`We have sent an e-mail to ${0}. Click the link in it to confirm your subscription. The link is valid for 7 days.`,
'newsletter.inbox.title': `Almost done: please confirm your subscription.`,
'newsletter.intro': `News about work, immigration and events by e-mail, in your language. All fields are required.`,
'newsletter.language.label': `Newsletter language`,
'newsletter.submit': `Subscribe`,
'newsletter.submitting': `Sending…`,
'newsletter.token-failed.text': `Your link remains valid.`,
'newsletter.token-invalid.confirm': `Confirmation links are valid for 7 days and can only be used once. Simply subscribe again.`,
'newsletter.token-invalid.title': `This link is invalid or has expired.`,
'newsletter.token-invalid.to-form': `Go to the sign-up form`,
'newsletter.token-invalid.unsubscribe': `Please use the unsubscribe link in your most recent newsletter e-mail.`,
'newsletter.token.confirming': `Checking your confirmation…`,
'newsletter.token.unsubscribing': `Processing your unsubscription…`,
'newsletter.topic.employers': `For employers`,
'newsletter.topic.events': `Events`,
'newsletter.topic.legal-changes': `Changes in the law`,
'newsletter.topic.skilled-workers': `For skilled workers`,
'newsletter.topics.legend': `Topics`,
'newsletter.unsubscribed.text': `You will not receive any more e-mails from us. You can subscribe again at any time.`,
'newsletter.unsubscribed.title': `You have unsubscribed from the newsletter.`,
    };
  