import '@welcome-widgets/newsletter-signup/define';
import {
  WelcomeQuickcheck,
  type NewsletterRequestedDetail,
  type QuickcheckCompleteDetail,
} from '@welcome-widgets/react';
// The plain tags' JSX types (attributes and onwelcome-… listeners), from the manifest.
import type {} from '@welcome-widgets/react/jsx';
import { useState } from 'react';

/**
 * A partner's React page: the quickcheck through its generated React component, the newsletter
 * signup as a plain tag (React 19 sets its properties and listens to `onwelcome-…` itself).
 */
export function App({ api }: { api: string }) {
  const [result, setResult] = useState<QuickcheckCompleteDetail>();
  const [requested, setRequested] = useState<NewsletterRequestedDetail>();
  return (
    <main>
      <h1>Fachkräfte gewinnen</h1>
      <section aria-labelledby="check-heading">
        <h2 id="check-heading">Welche Wege passen?</h2>
        <p id="quickcheck-state" role="status">
          {result
            ? `Ergebnis für ${result.audience === 'employer' ? 'Arbeitgeber' : 'Fachkräfte'}: ${result.pathways.length} Wege`
            : 'Noch kein Ergebnis'}
        </p>
        <WelcomeQuickcheck
          api={api}
          audience="employer"
          headingLevel={3}
          onWelcomeQuickcheckComplete={(event) => setResult(event.detail)}
        />
      </section>
      <section aria-labelledby="news-heading">
        <h2 id="news-heading">Newsletter</h2>
        <p id="newsletter-state" role="status">
          {requested ? `Bestätigungsmail unterwegs (${requested.topics.join(', ')})` : 'Noch nicht angemeldet'}
        </p>
        <welcome-newsletter-signup
          api={api}
          heading-level="3"
          onwelcome-newsletter-requested={(event) => setRequested(event.detail)}
        />
      </section>
    </main>
  );
}
