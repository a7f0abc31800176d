// Every pipeline plugin file has one shape: it exports the options its middleware goes on the stack
// with (`…MiddlewareOptions`: step or relative position, name, override) and a documented
// `get…Plugin` that adds the middleware with exactly those options. The plugin is applied to a
// stack that records what it is given.
import { readdir, readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

const srcRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../src");

async function pluginFiles(dir = srcRoot): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await pluginFiles(path)));
    else if (/Plugin\.ts$/.test(entry.name)) found.push(relative(srcRoot, path));
  }
  return found.sort();
}

/** The options each `add`/`addRelativeTo` call got, as the stack saw them. */
function recordingStack() {
  const added: object[] = [];
  const record = (middleware: unknown, options: object) => {
    expect(middleware).toBeTypeOf("function");
    added.push(options);
  };
  return { added, stack: { add: record, addRelativeTo: record } };
}

const files = await pluginFiles();

describe("pipeline plugin files", () => {
  it("are where the layout says: the client's in middleware/, the listing's in enumerate/", () => {
    expect(files).toEqual([
      "enumerate/pacingPlugin.ts",
      "middleware/clearTextWarningPlugin.ts",
      "middleware/contentLengthPlugin.ts",
      "middleware/endpointPlugin.ts",
      "middleware/hostHeaderPlugin.ts",
      "middleware/loggerPlugin.ts",
      "middleware/recursionDetectionPlugin.ts",
      "middleware/serdePlugin.ts",
      "middleware/userAgent/userAgentPlugin.ts",
    ]);
  });

  it.each(files)("%s exports its middleware options and a documented get…Plugin that uses them", async (file) => {
    const module = (await import(join(srcRoot, file.replace(/\.ts$/, ".js")))) as Record<string, unknown>;
    const getters = Object.keys(module).filter((name) => /^get\w+Plugin$/.test(name));
    expect(getters, "one get…Plugin").toHaveLength(1);
    const exportedOptions = Object.entries(module)
      .filter(([name]) => name.endsWith("MiddlewareOptions"))
      .map(([, value]) => value as Record<string, unknown>);
    expect(exportedOptions.length, "at least one …MiddlewareOptions").toBeGreaterThan(0);
    for (const options of exportedOptions) {
      expect(options).toMatchObject({ name: expect.any(String), override: true });
      expect("step" in options || "relation" in options, `${String(options.name)} has a step or a relation`).toBe(true);
    }

    const source = await readFile(join(srcRoot, file), "utf8");
    expect(source, `${getters[0]} has a doc comment`).toMatch(
      new RegExp(String.raw`\*/\s*export (const|function) ${getters[0]}\b`),
    );

    // Any arguments do: applying the plugin only builds the middleware, it runs nothing.
    const plugin = (module[getters[0]] as (...args: unknown[]) => { applyToStack: (stack: unknown) => void })(
      {},
      () => undefined,
      () => undefined,
    );
    const { added, stack } = recordingStack();
    plugin.applyToStack(stack);
    expect(added.length).toBe(exportedOptions.length);
    for (const options of added) expect(exportedOptions).toContain(options);
  });
});
