import { streamCollector as smithyStreamCollector } from "@smithy/node-http-handler";
import type { Readable } from "node:stream";
import type { StreamCollector } from "@smithy/types";

// Checked by constructor name as well as `instanceof`: a Blob or stream from another realm or copy
// of the library still counts. A primitive's constructor (String, Number) never matches.
const constructorName = (value: unknown): string | undefined =>
  typeof value === "object" && value !== null ? value.constructor?.name : undefined;

const isBlob = (value: unknown): value is Blob =>
  typeof Blob === "function" && (constructorName(value) === Blob.name || value instanceof Blob);

const isWebStream = (value: unknown): value is ReadableStream =>
  typeof ReadableStream === "function" &&
  (constructorName(value) === ReadableStream.name || value instanceof ReadableStream);

/** What is read here: anything with an event emitter's `on`, as an `IncomingMessage` has. */
interface DataEmitter {
  on(event: "data", listener: (chunk: Uint8Array | string) => void): unknown;
  on(event: "error", listener: (error: unknown) => void): unknown;
  on(event: "end", listener: () => void): unknown;
}

const isDataEmitter = (value: unknown): value is DataEmitter =>
  (typeof value === "object" || typeof value === "function") &&
  value !== null &&
  "on" in value &&
  typeof value.on === "function";

/**
 * The Node.js default for `streamCollector`: the whole body of a response as one `Uint8Array`,
 * like `@smithy/node-http-handler`'s, which pipes the body into a Writable first. A response body
 * (an `IncomingMessage`) is read here straight from its `data` events, which costs a fraction of
 * that per response; a Blob or a web `ReadableStream` still goes to the original collector.
 */
export const streamCollector: StreamCollector = (stream: unknown): Promise<Uint8Array> => {
  if (isBlob(stream) || isWebStream(stream)) return smithyStreamCollector(stream);
  // Not a stream at all: the original collector rejects it with its own error, as before.
  if (!isDataEmitter(stream)) return smithyStreamCollector(stream as Readable);
  return new Promise<Uint8Array>((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let length = 0;
    stream.on("data", (chunk: Uint8Array | string) => {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      chunks.push(bytes);
      length += bytes.byteLength;
    });
    stream.on("error", reject);
    stream.on("end", () => {
      // A fresh array, as the original collector returns: not a view into a pooled Buffer.
      const bytes = new Uint8Array(length);
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
      }
      resolve(bytes);
    });
  });
};
