import { streamCollector as smithyStreamCollector } from "@smithy/node-http-handler";
import type { StreamCollector } from "@smithy/types";

const isBlob = (value: any): boolean =>
  typeof Blob === "function" && (value?.constructor?.name === Blob.name || value instanceof Blob);

const isWebStream = (value: any): boolean =>
  typeof ReadableStream === "function" && (value?.constructor?.name === ReadableStream.name || value instanceof ReadableStream);

/**
 * The Node.js default for `streamCollector`: the whole body of a response as one `Uint8Array`,
 * like `@smithy/node-http-handler`'s, which pipes the body into a Writable first. A response body
 * (an `IncomingMessage`) is read here straight from its `data` events, which costs a fraction of
 * that per response; a Blob or a web `ReadableStream` still goes to the original collector.
 */
export const streamCollector: StreamCollector = (stream: any): Promise<Uint8Array> => {
  if (isBlob(stream) || isWebStream(stream) || typeof stream?.on !== "function") return smithyStreamCollector(stream);
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
