/** The part of unzipper (exceljs's own zip reader) the zip-bomb guard uses; the package ships no types. */
declare module 'unzipper' {
  import type { Duplex, PassThrough } from 'node:stream';

  export interface Entry extends PassThrough {
    path: string;
    type: 'File' | 'Directory';
    vars: { compressedSize: number; uncompressedSize: number; flags: number; compressionMethod: number };
    autodrain(): unknown;
  }

  export function Parse(options?: { forceStream?: boolean; verbose?: boolean }): Duplex;

  const unzipper: { Parse: typeof Parse };
  export default unzipper;
}
