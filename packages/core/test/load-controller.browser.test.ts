import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { LoadProbe } from './support/load-probe.js';
import './support/load-probe.js';

const { url } = (await executeServerCommand('backend')) as { url: string };
const api = `${url}/api`;

/**
 * The real server's answers, each held back by its own delay, so later questions may be answered
 * first. With `ignoreAbort`, an aborted request still answers (a cache, a proxy, a task that
 * forgot the signal): the controller itself must then drop the stale answer.
 */
function delayedFetch(delays: () => number, { ignoreAbort = false } = {}): typeof fetch {
  return (input, init) =>
    new Promise<Response>((resolve, reject) => {
      const signal = (input instanceof Request ? input.signal : init?.signal) ?? undefined;
      const request = ignoreAbort ? new Request(input, { ...init, signal: null }) : input;
      const timer = setTimeout(() => fetch(request, ignoreAbort ? undefined : init).then(resolve, reject), delays());
      if (!ignoreAbort)
        signal?.addEventListener('abort', () => {
          clearTimeout(timer);
          reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
        });
    });
}

async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function shown(probe: LoadProbe): string {
  return probe.shadowRoot!.textContent!.trim();
}

describe('LoadController', () => {
  it('loads in the widget language and follows lang changes, never showing a stale answer', async () => {
    const probe = await fixture<LoadProbe>(html`<welcome-load-probe api=${api} lang="de"></welcome-load-probe>`);
    await probe.load.settled();
    expect(shown(probe)).to.equal('de/a');

    // Twenty rounds of switching languages and topics while answers arrive in random order.
    let delay = 0;
    probe.apiFetch = delayedFetch(() => [120, 5, 60, 30][delay++ % 4]!, { ignoreAbort: true });
    for (let round = 0; round < 20; round++) {
      probe.setAttribute('lang', round % 2 ? 'ar' : 'en');
      await probe.updateComplete;
      probe.topic = `t${round}`;
      await probe.updateComplete;
      if (round % 3 === 0) probe.setAttribute('lang', 'uk');
      await probe.updateComplete;
      // What is shown is always pending or the answer to the current question.
      const expected = `${probe.locale}/${probe.topic}`;
      expect(['…', expected]).to.include(shown(probe));
    }
    await until(() => probe.load.status === 'complete', 'the last answer');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(shown(probe)).to.equal(`${probe.locale}/${probe.topic}`);
    expect(probe.locale).to.equal('ar');
  });

  it('aborts the request it replaces', async () => {
    const probe = await fixture<LoadProbe>(html`<welcome-load-probe api=${api}></welcome-load-probe>`);
    await probe.load.settled();
    probe.apiFetch = delayedFetch(() => 300);
    await probe.updateComplete;
    const first = probe.started.at(-1)!;
    probe.topic = 'b';
    await probe.updateComplete;
    expect(first.signal.aborted).to.equal(true);
    await probe.load.settled();
    expect(shown(probe)).to.equal('de/b');
  });

  it('loads nothing while its arguments say so', async () => {
    const probe = await fixture<LoadProbe>(html`<welcome-load-probe api=${api} topic=""></welcome-load-probe>`);
    expect(probe.load.status).to.equal('idle');
    expect(probe.started).to.have.length(0);
  });

  it('turns failures into problems and loads again on retry', async () => {
    let fail = true;
    const probe = await fixture<LoadProbe>(
      html`<welcome-load-probe
        api=${api}
        .apiFetch=${
          ((input: RequestInfo | URL, init?: RequestInit) =>
            fail ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)) as typeof fetch
        }
      ></welcome-load-probe>`,
    );
    await until(() => probe.load.status === 'error', 'the failure');
    await probe.updateComplete;
    expect(shown(probe)).to.equal('network');
    fail = false;
    probe.load.run();
    await until(() => probe.load.status === 'complete', 'the retry');
    await probe.updateComplete;
    expect(shown(probe)).to.equal('de/a');
  });

  it('calls garbage from the server a server problem, not an exception', async () => {
    const garbage = (() => Promise.resolve(new Response('<html>proxy error</html>', { status: 200 }))) as typeof fetch;
    const probe = await fixture<LoadProbe>(
      html`<welcome-load-probe api=${api} .apiFetch=${garbage}></welcome-load-probe>`,
    );
    await until(() => probe.load.status === 'error', 'the failure');
    expect(probe.load.problem).to.equal('server');
  });

  it('says so when the server does not serve this origin', async () => {
    const refused = (() =>
      Promise.resolve(
        Response.json(
          { error: { code: 'origin-not-allowed', message: 'Origin not allowed' }, requestId: 'r' },
          { status: 403 },
        ),
      )) as typeof fetch;
    const probe = await fixture<LoadProbe>(
      html`<welcome-load-probe api=${api} .apiFetch=${refused}></welcome-load-probe>`,
    );
    await until(() => probe.load.status === 'error', 'the failure');
    expect(probe.load.problem).to.equal('origin-not-allowed');
  });

  it('retries an offline failure when the connection returns', async () => {
    const online = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    let offline = true;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => !offline });
    try {
      const probe = await fixture<LoadProbe>(
        html`<welcome-load-probe
          api=${api}
          .apiFetch=${
            ((input: RequestInfo | URL, init?: RequestInit) =>
              offline ? Promise.reject(new TypeError('Failed to fetch')) : fetch(input, init)) as typeof fetch
          }
        ></welcome-load-probe>`,
      );
      await until(() => probe.load.status === 'error', 'the failure');
      expect(probe.load.problem).to.equal('offline');
      offline = false;
      window.dispatchEvent(new Event('online'));
      await until(() => probe.load.status === 'complete', 'the automatic retry');
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      Object.defineProperty(Navigator.prototype, 'onLine', online);
    }
  });

  it('finishes a load interrupted by moving the widget (CMS editors move content)', async () => {
    const probe = await fixture<LoadProbe>(
      html`<welcome-load-probe api=${api} .apiFetch=${delayedFetch(() => 150)}></welcome-load-probe>`,
    );
    const elsewhere = document.createElement('div');
    document.body.append(elsewhere);
    probe.remove();
    elsewhere.append(probe);
    await until(() => probe.load.status === 'complete', 'the reload');
    await probe.updateComplete;
    expect(shown(probe)).to.equal('de/a');
    expect(probe.started.filter((s) => s.signal.aborted)).to.have.length(1);
    elsewhere.remove();
  });
});
