/**
 * Where JSON text first goes wrong, as line and column (from 1), without quoting any of it:
 * `JSON.parse`'s own message quotes the text around the error, and a fixture holds tokens.
 * A small validating scanner, run only after `JSON.parse` has failed.
 */
export function jsonErrorPosition(text: string): { line: number; column: number } {
  const offset = firstErrorOffset(text);
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Thrown inside the scanner only, carrying the offset; never escapes. */
class Stop extends Error {
  constructor(readonly at: number) {
    super("JSON syntax error");
  }
}

function firstErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new Stop(i);
  };
  const space = (): void => {
    while (i < text.length && " \t\n\r".includes(text[i])) i++;
  };
  const literal = (word: string): void => {
    for (const char of word) {
      if (text[i] !== char) fail();
      i++;
    }
  };
  const string = (): void => {
    i++; // the opening quote
    while (i < text.length) {
      const code = text.charCodeAt(i);
      if (code === 0x22) return void i++;
      if (code < 0x20) fail();
      if (code === 0x5c) {
        i++;
        if (text[i] === "u") {
          for (let k = 1; k <= 4; k++) if (!/[0-9a-fA-F]/.test(text[i + k] ?? "")) fail();
          i += 5;
        } else if ('"\\/bfnrt'.includes(text[i] ?? "x")) i++;
        else fail();
      } else i++;
    }
    fail();
  };
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) fail();
    i += match![0].length;
  };
  // Iterative over nesting depth, so a deeply nested file cannot overflow the stack.
  const value = (): void => {
    const closers: string[] = [];
    for (;;) {
      space();
      const char = text[i];
      if (char === "{" || char === "[") {
        i++;
        space();
        if (text[i] === (char === "{" ? "}" : "]")) i++;
        else {
          closers.push(char === "{" ? "}" : "]");
          if (char === "{") {
            if (text[i] !== '"') fail();
            string();
            space();
            if (text[i] !== ":") fail();
            i++;
          }
          continue;
        }
      } else if (char === '"') string();
      else if (char === "t") literal("true");
      else if (char === "f") literal("false");
      else if (char === "n") literal("null");
      else if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) number();
      else fail();
      // After a value: close containers or go on to the next member.
      for (;;) {
        if (closers.length === 0) return;
        space();
        const closer = closers[closers.length - 1];
        if (text[i] === closer) {
          i++;
          closers.pop();
          continue;
        }
        if (text[i] !== ",") fail();
        i++;
        if (closer === "}") {
          space();
          if (text[i] !== '"') fail();
          string();
          space();
          if (text[i] !== ":") fail();
          i++;
        }
        break;
      }
    }
  };
  try {
    value();
    space();
    if (i < text.length) fail();
    return text.length;
  } catch (error) {
    if (error instanceof Stop) return Math.min(error.at, text.length);
    throw error;
  }
}
