import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { freePort, startTestServer, type TestServer } from '../packages/server/test/support/test-server.js';
import { SOURCE_CONDITION } from '../scripts/npm-packages.js';
import { launchChromium, thirdParty, watch } from './browser.js';
import { ROOT, buildAndPack, exportTargets, importedPackages, readJson, type Tarball } from './npm-tarballs.js';
import { buildScratchApp, createScratchApp, typecheckScratchApp } from './scratch-app.js';
import { serveFolder } from './static-folder.js';

describe('npm packages, as npm publish would pack them', () => {
  const work = mkdtempSync(join(tmpdir(), 'welcome-npm-'));
  const live = { tarballs: [] as Tarball[] };

  before(() => void (live.tarballs = buildAndPack(join(work, 'tarballs'))), { timeout: 180_000 });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('ship compiled modules, declarations and the manifest, never TypeScript sources or tests', () => {
    for (const { folder, pkg, files } of live.tarballs) {
      const sources = files.filter((file) => /\.(ts|tsx)$/.test(file) && !file.endsWith('.d.ts'));
      assert.deepEqual(sources, [], `${pkg.name} ships TypeScript sources`);
      assert.deepEqual(
        files.filter((file) => /(^|\/)(src|test)\//.test(file)),
        [],
        `${pkg.name} ships src/ or test/`,
      );
      for (const file of ['dist/index.js', 'dist/index.d.ts', 'README.md'])
        assert.ok(files.includes(file), `${pkg.name} lacks ${file}`);
      if (pkg.customElements) {
        assert.ok(files.includes(pkg.customElements), `${pkg.name} lacks its manifest ${pkg.customElements}`);
        const manifest = readJson<{ modules: { path: string }[] }>(join(ROOT, 'packages', folder, pkg.customElements));
        assert.ok(manifest.modules.length > 0, `${pkg.name}: empty manifest`);
        for (const module of manifest.modules)
          assert.ok(files.includes(module.path), `${pkg.name}: manifest names ${module.path}, not in the tarball`);
      }
    }
    const faq = live.tarballs.find(({ folder }) => folder === 'faq-search')!;
    assert.ok(faq.files.includes('dist/generated/locales/uk.js'), 'the translations ship compiled');
  });

  it('export only files of the tarball, none from src/, under every condition a consumer uses', () => {
    for (const { pkg, files } of live.tarballs) {
      for (const { at, target } of exportTargets(pkg.exports, SOURCE_CONDITION)) {
        assert.ok(!target.startsWith('./src/'), `${pkg.name} exports ${at} from ${target}`);
        const [prefix, suffix = ''] = target.slice(2).split('*');
        const found = target.includes('*')
          ? files.some((file) => file.startsWith(prefix!) && file.endsWith(suffix))
          : files.includes(prefix!);
        assert.ok(found, `${pkg.name} exports ${at} from ${target}, which is not in the tarball`);
      }
      const sideEffects = Array.isArray(pkg.sideEffects) ? pkg.sideEffects : [];
      assert.ok(
        pkg.sideEffects === false || sideEffects.every((file) => /\/define\.(ts|js)$/.test(file)),
        `${pkg.name}: only define modules register tags`,
      );
      if (pkg.exports['./define']) assert.ok(sideEffects.includes('./dist/define.js'), `${pkg.name}: define kept`);
    }
  });

  it('depend on exactly what their modules and declarations import, each other by version range', () => {
    const version = readJson<{ version: string }>(join(ROOT, 'package.json')).version;
    for (const { folder, pkg, files } of live.tarballs) {
      assert.equal(pkg.version, version, `${pkg.name} has the workspace's version`);
      assert.equal(pkg.devDependencies, undefined, `${pkg.name} declares no devDependencies`);
      const code = files
        .filter((file) => file.endsWith('.js') || file.endsWith('.d.ts'))
        .map((file) => readFileSync(join(ROOT, 'packages', folder, file), 'utf8'));
      const imported = [...new Set(code.flatMap(importedPackages))].filter((name) => name !== pkg.name).sort();
      const declared = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }).sort();
      assert.deepEqual(declared, imported, `${pkg.name}: dependencies against imports of its dist/`);
      for (const [name, range] of Object.entries(pkg.dependencies ?? {}))
        if (name.startsWith('@welcome-widgets/')) assert.equal(range, `^${version}`, `${pkg.name} → ${name}`);
    }
  });

  it('keep the workspace on the same sources for tsx (tsconfig paths) as for the source condition', () => {
    const paths = readJson<{ compilerOptions: { paths: Record<string, string[]> } }>(join(ROOT, 'tsconfig.json'))
      .compilerOptions.paths;
    for (const [specifier, [target]] of Object.entries(paths)) {
      if (!specifier.startsWith('@welcome-widgets/')) continue;
      const folder = specifier.split('/')[1]!;
      const pkg = readJson<{ exports: Record<string, Record<string, string>> }>(
        join(ROOT, 'packages', folder, 'package.json'),
      );
      const subpath = `.${specifier.slice(`@welcome-widgets/${folder}`.length)}`;
      assert.equal(target, `./packages/${folder}/${pkg.exports[subpath]?.[SOURCE_CONDITION]?.slice(2)}`, specifier);
    }
  });

  describe('in a partner’s own Vite app outside the workspace', () => {
    const app = join(work, 'app');
    const partner = {} as { server: TestServer; origin: string; host: { close(): Promise<void> } };

    before(
      async () => {
        const port = await freePort();
        // Another origin than the API's 127.0.0.1: the partner's site, on the server's allow-list.
        partner.origin = `http://localhost:${port}`;
        partner.server = await startTestServer({ ALLOWED_ORIGINS: partner.origin });
        createScratchApp(app, live.tarballs, `${partner.server.url}/api`);
        partner.host = await serveFolder(await buildScratchApp(app), port);
      },
      { timeout: 180_000 },
    );
    after(async () => {
      await partner.host?.close();
      await partner.server?.close();
    });

    it('type-check in the partner’s TypeScript project, every entry point with its declarations', () => {
      assert.equal(typecheckScratchApp(app), '');
    });

    it('render and work in the built app, translated, against the real server', async () => {
      let browser: Browser | undefined;
      try {
        browser = await launchChromium();
        const page = await browser.newPage();
        const { requests, problems } = watch(page);
        await page.goto(`${partner.origin}/`);

        const faq = page.locator('welcome-faq-search');
        const search = faq.getByLabel('Your question', { exact: true });
        await search.fill('Blue Card');
        const first = faq.locator('.results button.question').first();
        assert.match((await first.textContent()) ?? '', /Blue Card/i, 'the server’s FAQ, found in English');
        // Leaving the field closes its suggestions, which lie over the results.
        await search.press('Tab');
        await first.click();
        assert.match((await faq.locator('.answer-body').first().textContent()) ?? '', /Blue Card/);

        const newsletter = page.locator('partner-newsletter');
        const email = 'partner.app@example.org';
        await newsletter.getByLabel('E-Mail-Adresse', { exact: true }).fill(email);
        await newsletter.getByLabel('Für Fachkräfte').check();
        await newsletter.getByLabel(/Ich bin einverstanden/).check();
        await newsletter.getByRole('button', { name: 'Abonnieren' }).click();
        await newsletter.getByText('Fast geschafft').waitFor();
        assert.ok(await partner.server.sink.next(email), 'the confirmation mail went out');

        assert.deepEqual(
          thirdParty(requests, partner.origin).filter((url) => !url.startsWith(partner.server.url)),
          [],
          'only the app and the county’s API',
        );
        assert.deepEqual(problems, []);
      } finally {
        await browser?.close();
      }
    });
  });
});
