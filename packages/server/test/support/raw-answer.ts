import { request } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | undefined>;
  /** The bytes as they came over the wire, not decompressed (fetch would decompress). */
  body: Buffer;
}

/** A GET as a browser's network layer sees it: status, headers and the compressed bytes. */
export function rawAnswer(url: string, headers: Record<string, string> = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: Object.fromEntries(
            Object.entries(res.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : value]),
          ),
          body: Buffer.concat(chunks),
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
