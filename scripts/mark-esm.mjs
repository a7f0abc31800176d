// dist-es holds real ES modules; mark the folder so Node loads them as such.
import { writeFileSync } from "node:fs";
writeFileSync(
  new URL("../dist-es/package.json", import.meta.url),
  JSON.stringify({ type: "module", sideEffects: false }) + "\n",
);
