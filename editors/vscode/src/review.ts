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
