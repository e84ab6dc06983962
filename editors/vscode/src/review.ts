// The fact-check review in a webview: the arguments of the server's
// `isnad.review` command and the page shown. No `vscode` import: unit-tested
// under node. The server renders the page (one self-contained right-to-left
// HTML document, dir="rtl"); the extension only adds a strict
// Content-Security-Policy and shows it with scripts disabled.

import type { Locale } from './logic';

/** The server's command (workspace/executeCommand) that returns the review sheet. */
export const REVIEW_COMMAND = 'isnad.review';

/** The extension's commands: the review of the active draft, and of the workspace. */
export const SHOW_REVIEW = 'isnad.showReview';
export const SHOW_WORKSPACE_REVIEW = 'isnad.showWorkspaceReview';

/** The webview panel's view type. */
export const REVIEW_VIEW_TYPE = 'isnad.review';

export type ReviewScope = 'document' | 'workspace';

export interface ReviewArgs {
  uri?: string;
  scope: ReviewScope;
  format: 'html';
}

/**
 * The argument object of `isnad.review`: the draft's URI (as the language
 * client sends it to the server) when there is one, the scope, and HTML.
 * The workspace review without an active draft sends no URI (the server then
 * uses the first workspace folder's isnad.toml).
 */
export function reviewArgs(scope: ReviewScope, uri: string | undefined): ReviewArgs {
  const args: ReviewArgs = { scope, format: 'html' };
  if (uri) args.uri = uri;
  return args;
}

/** Only inline styles: no scripts, no images, fonts, frames or connections. */
export const REVIEW_CSP = "default-src 'none'; style-src 'unsafe-inline';";

/** Options of the webview: scripts, command links and local files all off. */
export function webviewOptions(): { enableScripts: false; enableCommandUris: false; localResourceRoots: [] } {
  return { enableScripts: false, enableCommandUris: false, localResourceRoots: [] };
}

const CSP_META = `<meta http-equiv="Content-Security-Policy" content="${REVIEW_CSP}">`;

/**
 * The page to show: the server's HTML with the CSP meta as the first element
 * of <head> (before anything that could load), any <script> element removed
 * as a second line of defence, and any CSP the page carried replaced. Text
 * that is not an HTML page is shown escaped in a right-to-left <pre>.
 */
export function wrapReviewHtml(html: string): string {
  let page = html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<script\b[^>]*>/gi, '')
    .replace(/<meta\s+http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/gi, '');
  const head = /<head(\s[^>]*)?>/i.exec(page);
  if (head) {
    const at = head.index + head[0].length;
    return page.slice(0, at) + '\n' + CSP_META + page.slice(at);
  }
  const htmlTag = /<html(\s[^>]*)?>/i.exec(page);
  if (htmlTag) {
    const at = htmlTag.index + htmlTag[0].length;
    return page.slice(0, at) + `\n<head>${CSP_META}</head>` + page.slice(at);
  }
  page = escapeHtml(page);
  return `<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>${CSP_META}<meta charset="utf-8"></head>\n<body><pre dir="auto">${page}</pre></body>\n</html>\n`;
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The panel's title: "isnad review — story.md" / "مراجعة إسناد — story.md", or of the workspace. */
export function reviewTitle(locale: Locale, scope: ReviewScope, fileName: string | undefined): string {
  const base = fileName ? fileName.split(/[\\/]/).pop() : undefined;
  if (locale === 'ar') {
    return scope === 'workspace' || !base ? 'مراجعة إسناد — مساحة العمل' : `مراجعة إسناد — ${base}`;
  }
  return scope === 'workspace' || !base ? 'isnad review — workspace' : `isnad review — ${base}`;
}

/** How long the open review waits after the last edit of a draft before it asks the server again (ms). */
export const REVIEW_REFRESH_MS = 500;

/** What the open review panel shows: the request that made it, and the draft it is about. */
export interface ReviewShown {
  scope: ReviewScope;
  /** The `isnad.review` arguments, sent again on refresh. */
  args: ReviewArgs;
  /** The editor's URI (`Uri.toString()`) of the reviewed draft; undefined for a workspace review without one. */
  draft?: string;
}

/**
 * True when an edit of the document `changed` (an editor URI string; `isDraft`:
 * a Markdown or text draft) makes the open review `shown` stale: for a draft's
 * review, an edit of that draft; for the workspace review, an edit of any draft.
 */
export function refreshesReview(shown: ReviewShown | undefined, changed: string, isDraft: boolean): boolean {
  if (!shown || !isDraft) return false;
  return shown.scope === 'workspace' || shown.draft === changed;
}

/** Timer functions (injectable so tests control time). */
export interface Timers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/**
 * Runs `run` once `ms` after the last `schedule()`; a `schedule()` while a run
 * is in flight runs it once more after that run ends (never two at once, and
 * the last edit is always reflected).
 */
export class Debouncer {
  private handle: unknown = undefined;
  private running = false;
  private again = false;

  constructor(
    private readonly run: () => Promise<void>,
    private readonly ms: number,
    private readonly timers: Timers = realTimers,
  ) {}

  /** (Re)starts the wait. */
  schedule(): void {
    if (this.handle !== undefined) this.timers.clear(this.handle);
    this.handle = this.timers.set(() => {
      this.handle = undefined;
      void this.fire();
    }, this.ms);
  }

  /** Drops a pending run (a run in flight finishes, and is not repeated). */
  cancel(): void {
    if (this.handle !== undefined) this.timers.clear(this.handle);
    this.handle = undefined;
    this.again = false;
  }

  /** True while a run is waiting for its time. */
  get pending(): boolean {
    return this.handle !== undefined;
  }

  private async fire(): Promise<void> {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      await this.run();
    } catch {
      // The run reports its own failures.
    } finally {
      this.running = false;
    }
    if (this.again) {
      this.again = false;
      this.schedule();
    }
  }
}
