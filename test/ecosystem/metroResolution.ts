// An esbuild plugin that resolves modules the way Metro (React Native's bundler) does: after the
// usual resolution (exports with the "react-native" condition, else main fields), the object-valued
// "react-native" and then "browser" fields of the file's closest package.json redirect the resolved
// file or a bare specifier. esbuild itself only knows the "browser" map; Metro reads both,
// "react-native" first, and like webpack and Vite only from the closest package.json (for dist-es
// that is dist-es/package.json, not the package root).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";

import type { Plugin } from "esbuild";

/** Metro's `resolverMainFields` for iOS and Android. */
export const METRO_MAIN_FIELDS = ["react-native", "browser", "main"];

type FieldMap = Record<string, string | false>;

interface PackageInfo {
  dir: string;
  maps: FieldMap[];
}

const packageCache = new Map<string, PackageInfo | undefined>();

/** The closest package.json to a file, with its redirect maps in Metro's order. */
function packageOf(file: string): PackageInfo | undefined {
  let dir = dirname(file);
  for (;;) {
    if (packageCache.has(dir)) return packageCache.get(dir);
    const manifest = join(dir, "package.json");
    if (existsSync(manifest)) {
      const pkg = JSON.parse(readFileSync(manifest, "utf8")) as Record<string, unknown>;
      const maps = ["react-native", "browser"]
        .map((field) => pkg[field])
        .filter((value): value is FieldMap => typeof value === "object" && value !== null);
      const info = { dir, maps };
      packageCache.set(dir, info);
      return info;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The first map entry for `keys`, in field order: a replacement, false (empty module) or undefined. */
function lookup(info: PackageInfo, keys: string[]): string | false | undefined {
  for (const map of info.maps) {
    for (const key of keys) {
      if (key in map) return map[key];
    }
  }
  return undefined;
}

function withExtension(file: string): string {
  return existsSync(file) || !existsSync(`${file}.js`) ? file : `${file}.js`;
}

/** Records every file redirect applied, as "/absolute/from -> /absolute/to", for the test to inspect. */
export function metroResolution(redirects: string[] = []): Plugin {
  return {
    name: "metro-resolution",
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.pluginData === "metro-resolution" || args.kind === "entry-point") return undefined;
        const importerPackage = args.importer ? packageOf(args.importer) : undefined;
        // A bare specifier the importing package redirects, e.g. { "fs": false }.
        if (importerPackage && !args.path.startsWith(".") && !args.path.startsWith("/")) {
          const mapped = lookup(importerPackage, [args.path]);
          if (mapped === false) return { path: args.path, namespace: "metro-empty" };
          if (typeof mapped === "string" && mapped.startsWith(".")) {
            return { path: withExtension(join(importerPackage.dir, mapped)) };
          }
        }
        const resolved = await build.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: "metro-resolution",
        });
        if (resolved.errors.length > 0) return { errors: resolved.errors };
        if (!resolved.path || resolved.external) return undefined;
        const info = packageOf(resolved.path);
        if (!info || info.maps.length === 0) return { path: resolved.path };
        const key = `./${relative(info.dir, resolved.path).split(sep).join("/")}`;
        const mapped = lookup(info, [key, key.replace(/\.js$/, "")]);
        if (mapped === false) return { path: resolved.path, namespace: "metro-empty" };
        if (typeof mapped === "string") {
          const target = withExtension(join(info.dir, mapped));
          redirects.push(`${resolved.path} -> ${target}`);
          return { path: target };
        }
        return { path: resolved.path };
      });
      build.onLoad({ filter: /.*/, namespace: "metro-empty" }, () => ({
        contents: "module.exports = {};",
        loader: "js",
      }));
    },
  };
}
