import { spawn } from "node:child_process";

import type { Environment } from "../../credentials/paths.js";

/**
 * Opens `url` in the user's browser where one can be: `open` on macOS, `start` on Windows,
 * `xdg-open` on Linux and the BSDs when there is a display. Resolves with whether a browser
 * was started; never throws (the URL is printed anyway).
 */
export function openBrowser(url: string, env: Environment): Promise<boolean> {
  let command: string;
  let args: string[];
  if (process.platform === "darwin") [command, args] = ["open", [url]];
  else if (process.platform === "win32") [command, args] = ["cmd", ["/c", "start", '""', url.replace(/&/g, "^&")]];
  else if (env.DISPLAY || env.WAYLAND_DISPLAY) [command, args] = ["xdg-open", [url]];
  else return Promise.resolve(false);
  return new Promise((resolve) => {
    try {
      const child = spawn(command, args, { stdio: "ignore", detached: true, env: env });
      child.once("error", () => resolve(false));
      child.once("spawn", () => {
        child.unref();
        resolve(true);
      });
    } catch {
      resolve(false);
    }
  });
}
