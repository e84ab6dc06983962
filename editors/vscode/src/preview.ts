// Markdown preview: a markdown-it plugin that marks each top-level block
// (paragraph, heading, list, quotation, table) `dir="auto"`, so the browser
// lays out an Arabic block right to left — list markers, table columns and the
// quotation bar included — and an English one left to right. Blocks nested in
// those take their direction from them; media/preview-rtl.css still runs and
// aligns every paragraph by its own text (`unicode-bidi: plaintext`).
// No `vscode` import: unit-tested with markdown-it under node.

/** The part of markdown-it's API the plugin uses. */
export interface MarkdownItToken {
  type: string;
  level: number;
  attrGet(name: string): string | null;
  attrSet(name: string, value: string): void;
}

export interface MarkdownItLike {
  core: { ruler: { push(name: string, rule: (state: { tokens: MarkdownItToken[] }) => void): void } };
}

export const DIR_AUTO_BLOCKS: readonly string[] = [
  'paragraph_open',
  'heading_open',
  'bullet_list_open',
  'ordered_list_open',
  'blockquote_open',
  'table_open',
];

/** Add `dir="auto"` to top-level blocks that have no `dir` yet. */
export function markDirAuto(tokens: MarkdownItToken[]): void {
  for (const t of tokens) {
    if (t.level === 0 && DIR_AUTO_BLOCKS.includes(t.type) && t.attrGet('dir') === null) t.attrSet('dir', 'auto');
  }
}

export function dirAutoPlugin<T extends MarkdownItLike>(md: T): T {
  md.core.ruler.push('isnad_dir_auto', (state) => markDirAuto(state.tokens));
  return md;
}
