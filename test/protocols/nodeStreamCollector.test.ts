import { Readable } from "node:stream";

import { streamCollector as smithyStreamCollector } from "@smithy/node-http-handler";
import { describe, expect, it } from "vitest";

import { streamCollector } from "../../src/protocols/nodeStreamCollector.js";

// The Node.js default collector must answer exactly as @smithy/node-http-handler's does.

const bytes = (text: string) => new TextEncoder().encode(text);

describe("streamCollector (Node.js)", () => {
  it("collects a Node stream's chunks into one plain Uint8Array, as the original collector does", async () => {
    const chunks = () => [Buffer.from('{"accountList":'), Buffer.from("[]"), Buffer.from("}")];
    const ours = await streamCollector(Readable.from(chunks()));
    const original = await smithyStreamCollector(Readable.from(chunks()));
    expect(ours).toEqual(original);
    expect(Object.getPrototypeOf(ours)).toBe(Uint8Array.prototype);
    expect(new TextDecoder().decode(ours)).toBe('{"accountList":[]}');
  });

  it("collects an empty stream and string chunks", async () => {
    expect(await streamCollector(Readable.from([]))).toEqual(new Uint8Array(0));
    const text = new Readable({ read() {} });
    text.setEncoding("utf8");
    const collected = streamCollector(text);
    text.push(Buffer.from("héllo"));
    text.push(null);
    expect(new TextDecoder().decode(await collected)).toBe("héllo");
  });

  it("rejects with the stream's error", async () => {
    const failing = new Readable({ read() {} });
    const collected = streamCollector(failing);
    failing.push(Buffer.from("partial"));
    failing.destroy(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
    await expect(collected).rejects.toMatchObject({ message: "aborted", code: "ECONNRESET" });
  });

  it("leaves Blobs and web streams to the original collector", async () => {
    expect(await streamCollector(new Blob([bytes("blob")]) as never)).toEqual(bytes("blob"));
    const web = new ReadableStream({
      start(controller) {
        controller.enqueue(bytes("web"));
        controller.close();
      },
    });
    expect(await streamCollector(web as never)).toEqual(bytes("web"));
  });
});
