/** Section name → its top-level `key = value` pairs. */
export type IniSections = Map<string, Map<string, string>>;

// A comment starts with "#" or ";" at the start of a line or after whitespace ("a#b" is a value).
const COMMENT = /(^|\s)[#;].*$/;

/**
 * Parses the INI dialect of the AWS shared config and credentials files.
 *
 * `key =` with nothing after it opens a nested block (`s3 =` then indented `region = ...`); its
 * indented lines belong to that block, not to the profile, so they are skipped here. Only
 * top-level keys matter for the settings this client reads.
 */
export const parseIni = (text: string): IniSections => {
  const sections: IniSections = new Map();
  let current: Map<string, string> | undefined;
  let inNestedBlock = false;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(COMMENT, "").trim();
    if (line.startsWith("[") && line.endsWith("]")) {
      const name = line.slice(1, -1);
      current = sections.get(name) ?? new Map();
      sections.set(name, current);
      inNestedBlock = false;
      continue;
    }
    const equals = line.indexOf("=");
    if (!current || equals <= 0) continue;
    const key = line.slice(0, equals).trim();
    const value = line.slice(equals + 1).trim();
    if (value === "") {
      inNestedBlock = true;
      continue;
    }
    // An unindented line ends a nested block.
    if (inNestedBlock && rawLine.trimStart() !== rawLine) continue;
    inNestedBlock = false;
    current.set(key, value);
  }
  return sections;
};
