import { stdin, stderr } from 'node:process';

/** All of standard input, without the line break a shell's `echo` or here-string adds. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** One line from the terminal without echo (raw mode: the characters are read, never printed). */
function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    stderr.write(prompt);
    let value = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (result: string | Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off('data', onData);
      stderr.write('\n');
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const onData = (data: string) => {
      for (const char of data) {
        if (char === '\r' || char === '\n') return done(value);
        if (char === '\u0003') return done(new Error('Cancelled.'));
        if (char === '\u007f' || char === '\b') value = [...value].slice(0, -1).join('');
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
}

/** The new account's password: from standard input (`--password-stdin`), or typed twice on the terminal. */
export async function readPassword(options: { fromStdin: boolean }): Promise<string> {
  if (options.fromStdin) return readStdin();
  if (!stdin.isTTY)
    throw new Error('No terminal to ask for the password: pass it on standard input with --password-stdin.');
  const first = await askHidden('Password (at least 12 characters): ');
  const second = await askHidden('The same again: ');
  if (first !== second) throw new Error('The two passwords differ.');
  return first;
}
