// Everything the extension decides, as plain functions with no `vscode` import,
// so that it can be unit-tested under node's test runner (VS Code itself cannot
// be downloaded on the build machines). `extension.ts` only wires these to the
// editor API.

import * as fs from 'node:fs';
import * as nodePath from 'node:path';

// ---------------------------------------------------------------------------
// Constants shared with package.json and the server contract.

/** Where the "How to install" button points. */
export const INSTALL_URL = 'https://github.com/isnad-dev/isnad#install';

/** The configuration section the server pulls with `workspace/configuration`. */
export const CONFIG_SECTION = 'isnad';

/** The code action kind the server offers for "fix everything it can". */
export const FIX_ALL_KIND = 'source.fixAll.isnad';

/** `source` of every diagnostic the server publishes. */
export const DIAGNOSTIC_SOURCE = 'isnad';

/** Languages whose documents are drafts; the extension activates on these. */
export const DRAFT_LANGUAGES: readonly string[] = ['markdown', 'plaintext'];

/** URI schemes whose documents are sent to the server (not output panes, git views ...). */
export const DRAFT_SCHEMES: readonly string[] = ['file', 'untitled'];

/** Stable rule ids, in the order of `isnad rules`. Generated: `ISNAD_BLESS=1 cargo test --test rule_lists`. */
export const RULE_IDS: readonly string[] = [
  'unattributed-quote',
  'unbalanced-quote',
  'name-variant',
  'first-reference',
  'missing-credit',
  'anonymous-source',
  'lookalike-letter',
  'presentation-form',
  'invisible-char',
  'tatweel',
  'mixed-digits',
  'latin-punctuation',
  'suppression-comment',
];

export type RuleSeverity = 'error' | 'warning' | 'information' | 'hint' | 'off';
export const RULE_SEVERITIES: readonly RuleSeverity[] = ['error', 'warning', 'information', 'hint', 'off'];

export type Locale = 'ar' | 'en';

export const DEFAULT_DEBOUNCE_MS = 75;
export const MAX_DEBOUNCE_MS = 10_000;

/** Settings whose change needs a new server process; the others are forwarded live. */
export const RESTART_SETTINGS: readonly string[] = ['isnad.path'];

// ---------------------------------------------------------------------------
// Server command line.

/** Arguments after the server path: the server contract is `<path> lsp`. */
export function serverArgs(): string[] {
  return ['lsp'];
}

/**
 * The `Executable` handed to vscode-languageclient. No `transport` on purpose:
 * with `TransportKind.stdio` the client appends `--stdio`, which `isnad lsp`
 * does not take; without a transport it still talks over stdin/stdout.
 */
export function serverExecutable(command: string, cwd?: string): { command: string; args: string[]; options?: { cwd: string } } {
  const exe: { command: string; args: string[]; options?: { cwd: string } } = { command, args: serverArgs() };
  if (cwd) exe.options = { cwd };
  return exe;
}

// ---------------------------------------------------------------------------
// Finding the server binary.

export type Platform = 'linux' | 'darwin' | 'win32' | string;

export interface FileProbe {
  /** True when `p` names a file the current user may execute. */
  isExecutableFile(p: string): boolean;
}

/** The real file system: a regular file, executable by us (any file on Windows). */
export const nodeProbe: FileProbe = {
  isExecutableFile(p: string): boolean {
    try {
      if (!fs.statSync(p).isFile()) return false;
      if (process.platform !== 'win32') fs.accessSync(p, fs.constants.X_OK);
      return true;
    } catch {
      return false;
    }
  },
};

export interface ResolveInput {
  /** The `isnad.path` setting (may be empty, relative, or start with `~`). */
  setting?: string | null;
  /** The environment (PATH, or Path on Windows). */
  env: Record<string, string | undefined>;
  platform: Platform;
  /** Home directory, for a leading `~` in the setting. */
  homedir?: string;
  /** First workspace folder, against which a relative setting is resolved. */
  workspaceFolder?: string;
  probe: FileProbe;
}

export type ResolveResult =
  | { ok: true; path: string; from: 'setting' | 'PATH' }
  | { ok: false; reason: 'setting-not-found'; tried: string[]; setting: string }
  | { ok: false; reason: 'not-on-path'; tried: string[] };

function pathModule(platform: Platform): typeof nodePath.posix {
  return platform === 'win32' ? nodePath.win32 : nodePath.posix;
}

/** PATH lookup on Windows is case-insensitive in the variable name (`Path`). */
export function envValue(env: Record<string, string | undefined>, name: string, platform: Platform): string | undefined {
  if (platform !== 'win32') return env[name];
  const key = Object.keys(env).find((k) => k.toUpperCase() === name.toUpperCase());
  return key === undefined ? undefined : env[key];
}

/**
 * Candidate file names for one base path. On Windows the server is `isnad.exe`:
 * a base without an extension gets `.exe`; a base with another extension is
 * tried with `.exe` added, then as written.
 */
export function candidates(base: string, platform: Platform): string[] {
  if (platform !== 'win32') return [base];
  const ext = nodePath.win32.extname(base).toLowerCase();
  if (ext === '.exe') return [base];
  return ext ? [base + '.exe', base] : [base + '.exe'];
}

/** The PATH entries, in order, empty and duplicate entries dropped, Windows quotes removed. */
export function pathEntries(env: Record<string, string | undefined>, platform: Platform): string[] {
  const raw = envValue(env, 'PATH', platform) || '';
  const sep = platform === 'win32' ? ';' : ':';
  const out: string[] = [];
  for (let entry of raw.split(sep)) {
    entry = entry.trim();
    if (platform === 'win32' && entry.length >= 2 && entry.startsWith('"') && entry.endsWith('"')) {
      entry = entry.slice(1, -1);
    }
    if (entry && !out.includes(entry)) out.push(entry);
  }
  return out;
}

/** Expand a leading `~` and make a relative setting absolute against the workspace folder. */
export function expandSetting(setting: string, input: Pick<ResolveInput, 'platform' | 'homedir' | 'workspaceFolder'>): string {
  const p = pathModule(input.platform);
  let s = setting.trim();
  if (input.homedir && (s === '~' || s.startsWith('~/') || (input.platform === 'win32' && s.startsWith('~\\')))) {
    s = p.join(input.homedir, s.slice(1));
  }
  if (!p.isAbsolute(s) && input.workspaceFolder && (s.includes('/') || s.includes(p.sep))) {
    s = p.resolve(input.workspaceFolder, s);
  }
  return s;
}

/**
 * Find the `isnad` binary: the `isnad.path` setting when set (it must exist;
 * a bare name like `isnad-dev` is looked up on PATH), else `isnad` on PATH.
 */
export function resolveServerPath(input: ResolveInput): ResolveResult {
  const p = pathModule(input.platform);
  const setting = (input.setting ?? '').trim();
  const tried: string[] = [];
  const firstHit = (bases: string[]): string | undefined => {
    for (const base of bases) {
      for (const c of candidates(base, input.platform)) {
        tried.push(c);
        if (input.probe.isExecutableFile(c)) return c;
      }
    }
    return undefined;
  };

  if (setting) {
    const expanded = expandSetting(setting, input);
    const bare = !expanded.includes('/') && !(input.platform === 'win32' && expanded.includes('\\'));
    const bases = bare && !p.isAbsolute(expanded)
      ? pathEntries(input.env, input.platform).map((dir) => p.join(dir, expanded))
      : [expanded];
    const hit = firstHit(bases);
    if (hit) return { ok: true, path: hit, from: 'setting' };
    return { ok: false, reason: 'setting-not-found', tried, setting };
  }

  const hit = firstHit(pathEntries(input.env, input.platform).map((dir) => p.join(dir, 'isnad')));
  if (hit) return { ok: true, path: hit, from: 'PATH' };
  return { ok: false, reason: 'not-on-path', tried };
}

// ---------------------------------------------------------------------------
// Settings → the server's configuration.

/** The JSON shape of `initializationOptions` and of `workspace/configuration` section `isnad`. */
export interface ServerConfig {
  locale: Locale | null;
  debounceMs: number;
  rules: Record<string, RuleSeverity>;
  inlayHints: boolean;
}

/** `isnad.locale`: "ar" and "en" pass through; "auto" (or anything else) is null, so the server uses the client's locale. */
export function serverLocale(setting: unknown): Locale | null {
  return setting === 'ar' || setting === 'en' ? setting : null;
}

export function debounceMs(setting: unknown): number {
  if (typeof setting !== 'number' || !Number.isFinite(setting)) return DEFAULT_DEBOUNCE_MS;
  return Math.min(MAX_DEBOUNCE_MS, Math.max(0, Math.round(setting)));
}

export function isRuleSeverity(v: unknown): v is RuleSeverity {
  return typeof v === 'string' && (RULE_SEVERITIES as readonly string[]).includes(v);
}

/** Keep only entries with a valid severity; the server applies its defaults to the rest. */
export function ruleSeverities(setting: unknown): Record<string, RuleSeverity> {
  const out: Record<string, RuleSeverity> = {};
  if (setting === null || typeof setting !== 'object' || Array.isArray(setting)) return out;
  for (const [id, value] of Object.entries(setting as Record<string, unknown>)) {
    const v = typeof value === 'string' ? value.trim().toLowerCase() : value;
    if (isRuleSeverity(v)) out[id] = v;
  }
  return out;
}

/** Translate the raw `isnad` settings object (as VS Code returns it) into the server contract. */
export function toServerConfig(raw: unknown): ServerConfig {
  const s = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    locale: serverLocale(s.locale),
    debounceMs: debounceMs(s.debounceMs),
    rules: ruleSeverities(s.rules),
    inlayHints: typeof s.inlayHints === 'boolean' ? s.inlayHints : true,
  };
}

/**
 * Answer to a `workspace/configuration` request after VS Code filled it in:
 * every item asking for section `isnad` gets the translated shape; other
 * items (another section, or `isnad.something`) are passed through.
 */
export function translateConfigurationResults(items: ReadonlyArray<{ section?: string | null }>, results: readonly unknown[]): unknown[] {
  return results.map((r, i) => (items[i]?.section === CONFIG_SECTION ? toServerConfig(r) : r));
}

/** True when a configuration change needs the server restarted. */
export function needsRestart(affects: (section: string) => boolean): boolean {
  return RESTART_SETTINGS.some((s) => affects(s));
}

// ---------------------------------------------------------------------------
// Locale of the extension's own strings.

/** `isnad.locale` when set, else VS Code's display language (`vscode.env.language`). */
export function uiLocale(setting: unknown, editorLanguage: string | undefined): Locale {
  const fixed = serverLocale(setting);
  if (fixed) return fixed;
  return (editorLanguage ?? '').toLowerCase().split(/[-_]/)[0] === 'ar' ? 'ar' : 'en';
}

// ---------------------------------------------------------------------------
// Documents and diagnostics.

export function isDraft(languageId: string, scheme: string): boolean {
  return DRAFT_LANGUAGES.includes(languageId) && DRAFT_SCHEMES.includes(scheme);
}

/** Document selector for the language client: every draft language in every draft scheme. */
export function documentSelector(): Array<{ language: string; scheme: string }> {
  const out: Array<{ language: string; scheme: string }> = [];
  for (const language of DRAFT_LANGUAGES) for (const scheme of DRAFT_SCHEMES) out.push({ language, scheme });
  return out;
}

/** Numeric severities as in `vscode.DiagnosticSeverity`. */
export const Severity = { Error: 0, Warning: 1, Information: 2, Hint: 3 } as const;

export interface DiagnosticLike {
  source?: string;
  severity: number;
}

export interface Counts {
  errors: number;
  warnings: number;
}

/** Count isnad's errors and warnings; other sources and lower severities are left out. */
export function countDiagnostics(diagnostics: readonly DiagnosticLike[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0 };
  for (const d of diagnostics) {
    if (d.source !== DIAGNOSTIC_SOURCE) continue;
    if (d.severity === Severity.Error) counts.errors++;
    else if (d.severity === Severity.Warning) counts.warnings++;
  }
  return counts;
}
