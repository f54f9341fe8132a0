/**
 * Uncompressed POSIX ustar archives, as small as the FAQ's export and import need: regular files
 * with short paths. Any `tar` (GNU, bsdtar on macOS, 7-Zip on Windows) reads what this writes; this
 * reads what they write from a folder: their directory entries, pax headers (macOS adds them) and
 * GNU long names are understood, links and devices refused.
 */

const BLOCK = 512;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export interface TarFile {
  /** Slash-separated, relative (`faq/de/visa.md`). */
  path: string;
  content: Uint8Array;
  mtime: Date;
}

/** One archive of `files` (regular files, mode 0644, owner 0), ended by two zero blocks. */
export function writeTar(files: readonly TarFile[]): Buffer {
  const parts: Uint8Array[] = [];
  for (const file of files) {
    parts.push(header(file));
    parts.push(file.content);
    const padding = (BLOCK - (file.content.length % BLOCK)) % BLOCK;
    if (padding) parts.push(new Uint8Array(padding));
  }
  parts.push(new Uint8Array(BLOCK * 2));
  return Buffer.concat(parts);
}

function header(file: TarFile): Uint8Array {
  const block = new Uint8Array(BLOCK);
  const { name, prefix } = splitPath(file.path);
  const put = (offset: number, length: number, value: string) => {
    const bytes = encoder.encode(value);
    if (bytes.length > length) throw new Error(`tar: "${value}" does not fit ${length} bytes`);
    block.set(bytes, offset);
  };
  const octal = (offset: number, length: number, value: number) =>
    put(offset, length, `${value.toString(8).padStart(length - 1, '0')}\0`);
  put(0, 100, name);
  octal(100, 8, 0o644);
  octal(108, 8, 0);
  octal(116, 8, 0);
  octal(124, 12, file.content.length);
  octal(136, 12, Math.max(0, Math.floor(file.mtime.getTime() / 1000)));
  put(148, 8, ' '.repeat(8));
  put(156, 1, '0');
  put(257, 6, 'ustar\0');
  put(263, 2, '00');
  put(345, 155, prefix);
  const sum = block.reduce((total, byte) => total + byte, 0);
  put(148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

/** ustar keeps up to 100 bytes of name and 155 of prefix, split at a slash. */
function splitPath(path: string): { name: string; prefix: string } {
  if (encoder.encode(path).length <= 100) return { name: path, prefix: '' };
  for (let slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
    const prefix = path.slice(0, slash);
    const name = path.slice(slash + 1);
    if (encoder.encode(prefix).length <= 155 && encoder.encode(name).length <= 100) return { name, prefix };
  }
  throw new Error(`tar: the path "${path}" is too long`);
}

export type TarReadResult = { files: Map<string, Uint8Array> } | { error: string };

/**
 * The regular files of an archive by path (`./` and leading slashes dropped). The whole archive is
 * refused, with the reason, when it is not a tar, is cut short, or holds anything but files and
 * folders (links could point anywhere), or more than `maxFiles` files.
 */
export function readTar(archive: Uint8Array, maxFiles = 10_000): TarReadResult {
  const files = new Map<string, Uint8Array>();
  let offset = 0;
  let longName: string | undefined;
  while (offset + BLOCK <= archive.length) {
    const block = archive.subarray(offset, offset + BLOCK);
    if (block.every((byte) => byte === 0)) return { files };
    if (!checksumMatches(block)) return { error: `not a tar archive (bad header at byte ${offset})` };
    const size = readOctal(block.subarray(124, 136));
    if (size === undefined) return { error: `unreadable size at byte ${offset}` };
    const start = offset + BLOCK;
    const end = start + size;
    if (end > archive.length) return { error: 'the archive is cut short' };
    const content = archive.subarray(start, end);
    offset = start + Math.ceil(size / BLOCK) * BLOCK;
    const type = String.fromCharCode(block[156]!);
    let path: string;
    try {
      const prefix = text(block.subarray(345, 500));
      path = longName ?? (prefix ? `${prefix}/${text(block.subarray(0, 100))}` : text(block.subarray(0, 100)));
      longName = undefined;
      if (type === 'x') {
        longName = paxPath(decoder.decode(content));
        continue;
      }
      if (type === 'L') {
        longName = decoder.decode(content).replace(/\0+$/, '');
        continue;
      }
    } catch {
      return { error: `a file name that is not UTF-8 at byte ${offset}` };
    }
    if (type === 'g' || type === '5') continue;
    const clean = path.replace(/^(?:\.?\/)+/, '');
    if (type !== '0' && type !== '\0') return { error: `"${clean}" is not a regular file` };
    if (clean.split('/').includes('..')) return { error: `"${clean}" leaves the folder` };
    files.set(clean, content);
    if (files.size > maxFiles) return { error: `more than ${maxFiles} files` };
  }
  // Some writers leave out the closing zero blocks; what came before was whole.
  return offset === archive.length ? { files } : { error: 'the archive is cut short' };
}

function text(bytes: Uint8Array): string {
  const end = bytes.indexOf(0);
  return decoder.decode(end === -1 ? bytes : bytes.subarray(0, end));
}

function readOctal(bytes: Uint8Array): number | undefined {
  const digits = String.fromCharCode(...bytes)
    .replace(/[\0 ]+$/, '')
    .trim();
  if (!/^[0-7]+$/.test(digits)) return digits === '' ? 0 : undefined;
  return parseInt(digits, 8);
}

/** Writers differ in whether they sum bytes as signed or unsigned; both are valid. */
function checksumMatches(block: Uint8Array): boolean {
  const stored = readOctal(block.subarray(148, 156));
  if (stored === undefined) return false;
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const byte = i >= 148 && i < 156 ? 32 : block[i]!;
    unsigned += byte;
    signed += byte > 127 ? byte - 256 : byte;
  }
  return stored === unsigned || stored === signed;
}

/** A pax header's `path` record ("<length> path=<value>\n"), which overrides the next header's name. */
function paxPath(records: string): string | undefined {
  let path: string | undefined;
  let rest = records;
  while (rest.length > 0) {
    const space = rest.indexOf(' ');
    const length = Number(rest.slice(0, space));
    if (space <= 0 || !Number.isInteger(length) || length <= space) break;
    // The length counts bytes, not characters.
    const record = new TextDecoder().decode(encoder.encode(rest).subarray(0, length));
    const [key, ...value] = record.slice(space + 1, -1).split('=');
    if (key === 'path') path = value.join('=');
    rest = rest.slice(record.length);
  }
  return path;
}
