export type LaterChunk = typeof import('./later-chunk.js');

/**
 * Where the later chunk comes from. An object, so that a test can make the chunk arrive late or
 * fail the way a lost connection does, without a server that drops requests.
 */
export const laterChunkSource = {
  load: (): Promise<LaterChunk> => import('./later-chunk.js'),
};
