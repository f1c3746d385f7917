import type { IncomingMessage, ServerResponse } from 'node:http';
import busboy from 'busboy';
import { tooLarge } from './evidence-policy';
import { FileError } from './files.errors';

export interface ReceivedFile {
  /** The file name exactly as the client sent it (UTF-8, path and all). */
  name: string;
  bytes: Buffer;
}

export interface ReceiveOptions {
  /** The form field that carries the file. */
  field: string;
  maxBytes: number;
  /** Checked as soon as the file's part begins: a refusal stops reading before the content. */
  checkName(name: string): FileError | null;
}

/** The client went away before the body ended: there is nobody to answer. */
export class UploadAbortedError extends Error {
  constructor() {
    super('The client closed the request before the upload ended');
    this.name = 'UploadAbortedError';
  }
}

const MALFORMED = 'Send multipart/form-data with one file in the field "file"';

/**
 * Reads one file from a `multipart/form-data` request, streaming: the content is counted as it
 * arrives and reading stops at `maxBytes` (FILE_TOO_LARGE), so at most `maxBytes` are held in
 * memory. Other text fields are ignored; a second file, or a file in another field, is refused.
 * On refusal the request is left unpiped: pass it to `discardRest` once the answer is on its way.
 */
export function receiveSingleFile(req: IncomingMessage, options: ReceiveOptions): Promise<ReceivedFile> {
  return new Promise<ReceivedFile>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: req.headers,
        defParamCharset: 'utf8',
        preservePath: true,
        // busboy reports `limit` on reaching fileSize, so allow one byte more than the largest file.
        limits: { files: 1, fileSize: options.maxBytes + 1, fields: 20, fieldNameSize: 100, fieldSize: 4_096, parts: 25, headerPairs: 50 },
      });
    } catch {
      reject(new FileError('BAD_REQUEST', MALFORMED));
      return;
    }
    let settled = false;
    let received: ReceivedFile | null = null;
    let fileSeen = false;
    const settle = (outcome: { file: ReceivedFile } | { error: Error }): void => {
      if (settled) return;
      settled = true;
      req.off('close', onClose);
      if ('file' in outcome) {
        resolve(outcome.file);
        return;
      }
      req.unpipe(parser);
      parser.removeAllListeners();
      parser.on('error', () => undefined);
      reject(outcome.error);
    };
    const onClose = (): void => {
      if (!req.complete) settle({ error: new UploadAbortedError() });
    };

    parser.on('file', (field, stream, info) => {
      if (field !== options.field || fileSeen) {
        stream.resume();
        settle({ error: new FileError('BAD_REQUEST', MALFORMED) });
        return;
      }
      const name = info.filename ?? '';
      if (name === '') {
        stream.resume(); // an empty file input: no file chosen
        return;
      }
      fileSeen = true;
      const refusal = options.checkName(name);
      if (refusal) {
        stream.resume();
        settle({ error: refusal });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= options.maxBytes) chunks.push(chunk);
      });
      stream.on('limit', () => settle({ error: FileError.from(tooLarge(options.maxBytes)) }));
      stream.on('end', () => {
        if (!stream.truncated && size <= options.maxBytes) received = { name, bytes: Buffer.concat(chunks, size) };
      });
    });
    parser.on('filesLimit', () => settle({ error: new FileError('BAD_REQUEST', MALFORMED) }));
    parser.on('partsLimit', () => settle({ error: new FileError('BAD_REQUEST', MALFORMED) }));
    parser.on('fieldsLimit', () => settle({ error: new FileError('BAD_REQUEST', MALFORMED) }));
    parser.on('error', () => settle({ error: new FileError('BAD_REQUEST', MALFORMED) }));
    parser.on('close', () =>
      settle(received ? { file: received } : { error: new FileError('FILE_MISSING', 'The request holds no file in the field "file"') }),
    );
    req.on('close', onClose);
    req.pipe(parser);
  });
}

/** What a refused upload may still send, and for how long after the answer, before its connection is cut. */
export const DISCARD_LIMITS = { bytes: 128 * 1024 * 1024, msAfterAnswer: 15_000 };

/**
 * After a refusal sent before the body was read to its end: reads and throws away (never keeps)
 * what the client is still sending, so that an ordinary client finishes its request and reads
 * the answer on a healthy connection, as a lingering close does. Past `DISCARD_LIMITS` (bytes in
 * all, or time after the answer went out) the connection is cut.
 */
export function discardRest(req: IncomingMessage, res: ServerResponse, limits = DISCARD_LIMITS): void {
  if (req.complete || req.destroyed) return;
  let discarded = 0;
  let timer: NodeJS.Timeout | undefined;
  const cut = (): void => {
    clearTimeout(timer);
    req.socket.destroy();
  };
  const cutAfterAnswer = (): void => {
    if (res.writableFinished) cut();
    else res.once('finish', cut);
  };
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > limits.bytes) {
      req.pause();
      req.removeAllListeners('data');
      cutAfterAnswer();
    }
  });
  req.once('end', () => clearTimeout(timer));
  req.once('close', () => clearTimeout(timer));
  const arm = (): void => {
    if (req.complete || req.destroyed) return;
    timer = setTimeout(cut, limits.msAfterAnswer);
    timer.unref();
  };
  if (res.writableFinished) arm();
  else res.once('finish', arm);
  req.resume();
}
