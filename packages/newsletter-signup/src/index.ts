export {
  WelcomeNewsletterSignup,
  type NewsletterRequestedDetail,
  type NewsletterTokenDetail,
} from './newsletter-signup.js';
