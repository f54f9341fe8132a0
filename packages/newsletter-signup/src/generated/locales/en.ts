
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
'newsletter.confirmed.text': `You will receive the newsletter from the next issue on. Every issue contains a link to unsubscribe.`,
'newsletter.confirmed.title': `Thank you! Your subscription is confirmed.`,
'newsletter.consent': str`I agree that ${0} may store my e-mail address, the chosen topics and the language in order to send me the newsletter. I can unsubscribe at any time.`,
'newsletter.email.hint': `We will send you a link to confirm your subscription.`,
'newsletter.email.label': `E-mail address`,
'newsletter.error.consent': `Please give your consent so that we may send you the newsletter.`,
'newsletter.error.email-invalid': `Please enter a valid e-mail address, for example name@example.org.`,
'newsletter.error.email-required': `Please enter your e-mail address.`,
'newsletter.error.language': `Please choose a language.`,
'newsletter.error.rate-limited': str`Too many attempts in a short time. Please try again at ${0} or later.`,
'newsletter.error.topics': `Please choose at least one topic.`,
'newsletter.heading': `Subscribe to the newsletter`,
'newsletter.inbox.change': `Enter a different address`,
'newsletter.inbox.spam': `Didn't receive an e-mail? Please also check your spam folder.`,
'newsletter.inbox.text': str`We have sent an e-mail to ${0}. Click the link in it to confirm your subscription. The link is valid for 7 days.`,
'newsletter.inbox.title': `Almost done: please confirm your subscription.`,
'newsletter.intro': `News about work, immigration and events by e-mail, in your language. All fields are required.`,
'newsletter.language.label': `Newsletter language`,
'newsletter.problem.network': `No connection to the server. Your entries will be kept: please try again.`,
'newsletter.problem.offline': `You are offline. Your entries will be kept: send the form as soon as you are connected again.`,
'newsletter.problem.server': `Something went wrong on the server. Your entries will be kept: please try again.`,
'newsletter.problem.timeout': `The server is not responding right now. Your entries will be kept: please try again.`,
'newsletter.submit': `Subscribe`,
'newsletter.submitting': `Sending…`,
'newsletter.token-failed.text': `Your link is still valid. Please try again in a moment.`,
'newsletter.token-failed.title': `The server cannot be reached right now.`,
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
  