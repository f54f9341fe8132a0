import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readTar, writeTar } from '../src/faq/ustar.js';

const text = (value: string) => new TextEncoder().encode(value);
const files = (result: ReturnType<typeof readTar>) => {
  assert.ok('files' in result, 'error' in result ? result.error : '');
  return Object.fromEntries([...result.files].map(([path, content]) => [path, new TextDecoder().decode(content)]));
};

describe('ustar archives', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ustar-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads back what it writes, long paths and non-ASCII names included, and tar reads it too', () => {
    const long = `faq/${'a'.repeat(90)}/${'b'.repeat(40)}.md`;
    const archive = writeTar([
      { path: 'faq/de/visa.md', content: text('Über das Visum\n'), mtime: new Date('2026-11-20T00:00:00Z') },
      { path: long, content: text('x'.repeat(513)), mtime: new Date(0) },
      { path: 'faq/ar/أسئلة.md', content: text('سؤال'), mtime: new Date(0) },
    ]);
    assert.equal(archive.length % 512, 0);
    assert.deepEqual(files(readTar(archive)), {
      'faq/de/visa.md': 'Über das Visum\n',
      [long]: 'x'.repeat(513),
      'faq/ar/أسئلة.md': 'سؤال',
    });
    writeFileSync(join(dir, 'ours.tar'), archive);
    const listed = execFileSync('tar', ['-tvf', 'ours.tar', '--utc'], { cwd: dir, encoding: 'utf8' });
    assert.match(listed, /-rw-r--r-- 0\/0\s+16 2026-11-20 00:00 faq\/de\/visa\.md/);
    assert.ok(listed.includes(long));
  });

  it('reads what GNU tar writes as ustar, pax and GNU formats, folders skipped', () => {
    mkdirSync(join(dir, 'src', 'faq', 'de'), { recursive: true });
    const longName = `${'c'.repeat(120)}.md`;
    writeFileSync(join(dir, 'src', 'faq', 'de', 'visa.md'), 'Visum');
    writeFileSync(join(dir, 'src', 'faq', longName), 'lang');
    for (const format of ['pax', 'gnu']) {
      execFileSync('tar', [`--format=${format}`, '-cf', `../${format}.tar`, 'faq'], { cwd: join(dir, 'src') });
      assert.deepEqual(files(readTar(readFileSync(join(dir, `${format}.tar`)))), {
        'faq/de/visa.md': 'Visum',
        [`faq/${longName}`]: 'lang',
      });
    }
    execFileSync('tar', ['--format=ustar', '-cf', '../ustar.tar', './faq/de'], { cwd: join(dir, 'src') });
    assert.deepEqual(files(readTar(readFileSync(join(dir, 'ustar.tar')))), { 'faq/de/visa.md': 'Visum' });
  });

  it('refuses links, paths out of the folder, damaged and cut archives', () => {
    mkdirSync(join(dir, 'links'), { recursive: true });
    symlinkSync('/etc/passwd', join(dir, 'links', 'passwd.md'));
    execFileSync('tar', ['-cf', 'links.tar', 'links'], { cwd: dir });
    const link = readTar(readFileSync(join(dir, 'links.tar')));
    assert.ok('error' in link && /not a regular file/.test(link.error));

    const escape = readTar(writeTar([{ path: 'faq/../../etc/cron.md', content: text('x'), mtime: new Date(0) }]));
    assert.ok('error' in escape && /leaves the folder/.test(escape.error));

    const archive = writeTar([{ path: 'faq/de/visa.md', content: text('x'.repeat(2000)), mtime: new Date(0) }]);
    const damaged = Uint8Array.from(archive);
    damaged[10] = 0x41;
    assert.ok('error' in readTar(damaged));
    assert.ok('error' in readTar(archive.subarray(0, 1024)));
    assert.ok('error' in readTar(text('plain text, not an archive'.repeat(40))));
  });
});
