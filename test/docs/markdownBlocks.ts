// The fenced code blocks of a Markdown file, each with where it is (line, heading), so a failing
// block can be named in a way a README editor finds at once.

export interface CodeBlock {
  /** The fence's info string, lower-cased first word ("js", "ts", "sh", …); "" when there is none. */
  lang: string;
  /** The block's text, without the fences. */
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** The nearest heading above the block, with its #s ("## Handling errors"), or "(top)". */
  heading: string;
}

/** Every fenced block (``` or ~~~, three or more) of `markdown`, in order. */
export function codeBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  const lines = markdown.split(/\r?\n/);
  let heading = "(top)";
  let open: { fence: string; lang: string; line: number; body: string[] } | undefined;
  lines.forEach((text, index) => {
    if (open) {
      if (text.trim() === open.fence || (text.trim().startsWith(open.fence) && /^(`{3,}|~{3,})$/.test(text.trim()))) {
        blocks.push({ lang: open.lang, code: `${open.body.join("\n")}\n`, line: open.line, heading });
        open = undefined;
      } else {
        open.body.push(text);
      }
      return;
    }
    const fence = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(text);
    if (fence) {
      open = { fence: fence[1], lang: fence[2].toLowerCase(), line: index + 1, body: [] };
    } else if (/^#{1,6}\s/.test(text)) {
      heading = text.trim();
    }
  });
  if (open) throw new Error(`README.md:${open.line}: the code block opened here is never closed`);
  return blocks;
}

/** Where a block is, for failure messages: `README.md:123 (## Handling errors)`. */
export const where = (block: CodeBlock): string => `README.md:${block.line} (${block.heading})`;
