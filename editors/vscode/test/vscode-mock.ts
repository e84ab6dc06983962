// A small stand-in for the `vscode` module, enough for the bundled extension
// and vscode-languageclient to activate, start a server, receive diagnostics
// and restart. VS Code itself cannot be downloaded on the build machines.
// Unknown capitalized names resolve to a plain class (the client subclasses a
// few at load time); other unknown names are recorded in `state.missing`.

/* eslint-disable @typescript-eslint/no-explicit-any */

import * as fs from 'node:fs';

type Listener<T> = (e: T) => unknown;

export class EventEmitter<T> {
  private listeners: Array<Listener<T>> = [];
  /** As vscode.Event: `thisArgs` binds the listener, `disposables` receives its disposable. */
  event = (listener: Listener<T>, thisArgs?: unknown, disposables?: Disposable[]): Disposable => {
    const bound: Listener<T> = thisArgs === undefined ? listener : listener.bind(thisArgs);
    this.listeners.push(bound);
    const d = new Disposable(() => {
      this.listeners = this.listeners.filter((l) => l !== bound);
    });
    if (Array.isArray(disposables)) disposables.push(d);
    return d;
  };
  fire(e: T): void {
    for (const l of [...this.listeners]) l(e);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Disposable {
  constructor(private readonly fn: () => void = () => undefined) {}
  static from(...items: Array<{ dispose(): unknown }>): Disposable {
    return new Disposable(() => items.forEach((i) => i?.dispose()));
  }
  dispose(): void {
    this.fn();
  }
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query: string,
    readonly fragment: string,
  ) {}
  static file(p: string): Uri {
    return new Uri('file', '', p, '', '');
  }
  static parse(s: string): Uri {
    const m = /^([a-z][a-z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/i.exec(s);
    if (!m) throw new Error(`mock Uri.parse: ${s}`);
    return new Uri(m[1], m[2] ?? '', decodeURIComponent(m[3]), m[4] ?? '', m[5] ?? '');
  }
  get fsPath(): string {
    return this.path;
  }
  with(change: { scheme?: string; path?: string }): Uri {
    return new Uri(change.scheme ?? this.scheme, this.authority, change.path ?? this.path, this.query, this.fragment);
  }
  toString(): string {
    let out = `${this.scheme}:`;
    if (this.authority || this.scheme === 'file') out += `//${this.authority}`;
    out += encodeURI(this.path);
    if (this.query) out += `?${this.query}`;
    if (this.fragment) out += `#${this.fragment}`;
    return out;
  }
  toJSON(): unknown {
    return { scheme: this.scheme, authority: this.authority, path: this.path };
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: any, b: any, c?: number, d?: number) {
    if (typeof a === 'number') {
      this.start = new Position(a, b);
      this.end = new Position(c!, d!);
    } else {
      this.start = a;
      this.end = b;
    }
  }
}

export class Diagnostic {
  source?: string;
  code?: unknown;
  relatedInformation?: unknown[];
  tags?: unknown[];
  constructor(
    public range: Range,
    public message: string,
    public severity: number = 0,
  ) {}
}

export class CancellationError extends Error {}

export class CancellationTokenSource {
  private emitter = new EventEmitter<void>();
  token = { isCancellationRequested: false, onCancellationRequested: this.emitter.event };
  cancel(): void {
    this.token.isCancellationRequested = true;
    this.emitter.fire();
  }
  dispose(): void {}
}

export interface MockDocument {
  uri: Uri;
  languageId: string;
  version: number;
  getText(): string;
  isClosed: boolean;
  isUntitled: boolean;
  lineCount: number;
  fileName: string;
  eol: number;
}

export function makeDocument(path: string, languageId: string, text: string): MockDocument {
  return {
    uri: Uri.file(path),
    languageId,
    version: 1,
    getText: () => text,
    isClosed: false,
    isUntitled: false,
    lineCount: text.split('\n').length,
    fileName: path,
    eol: 1,
  };
}

export interface MockState {
  settings: Record<string, any>;
  language: string;
  documents: MockDocument[];
  activeEditor: { document: MockDocument } | undefined;
  commands: Map<string, (...args: any[]) => unknown>;
  executed: Array<{ command: string; args: unknown[] }>;
  messages: Array<{ kind: 'error' | 'info' | 'warning'; text: string; items: string[] }>;
  /** What the next notification resolves to (a button label), or undefined. */
  answer: string | undefined;
  opened: string[];
  statusItems: Array<{ text: string; tooltip: string; command: string | undefined; visible: boolean }>;
  /** Webview panels created, with what they were given. */
  panels: Array<{
    viewType: string;
    title: string;
    column: unknown;
    options: any;
    html: string;
    reveals: number;
    disposed: boolean;
    visible: boolean;
    /** Shows or hides the panel (fires onDidChangeViewState). */
    setVisible(v: boolean): void;
  }>;
  output: string[];
  missing: Set<string>;
  diagnostics: Map<string, Map<string, Diagnostic[]>>;
  onDidChangeConfiguration: EventEmitter<{ affectsConfiguration(s: string): boolean }>;
  onDidChangeDiagnostics: EventEmitter<{ uris: Uri[] }>;
  onDidChangeActiveTextEditor: EventEmitter<unknown>;
  /** Fire with a TextDocumentChangeEvent-like object to simulate an edit. */
  onDidChangeTextDocument: EventEmitter<any>;
  /** Change settings and fire onDidChangeConfiguration for the keys given. */
  changeSettings(patch: Record<string, any>): void;
}

function getPath(obj: any, dotted: string): any {
  let cur = obj;
  for (const part of dotted.split('.')) {
    if (cur === null || typeof cur !== 'object' || !(part in cur)) return undefined;
    cur = cur[part];
  }
  return cur;
}

function setPath(obj: any, dotted: string, value: any): void {
  const parts = dotted.split('.');
  let cur = obj;
  for (const part of parts.slice(0, -1)) cur = cur[part] ??= {};
  cur[parts[parts.length - 1]] = value;
}

/**
 * The names the real module exports, read from @types/vscode. The client
 * wraps `require('vscode')` with TypeScript's `__importStar`, which copies the
 * module's own keys, so the stand-in must list them to be asked for them.
 */
export function exportedNames(typesFile: string): string[] {
  const text = fs.readFileSync(typesFile, 'utf8');
  const names = new Set<string>();
  for (const m of text.matchAll(/^\t(?:export )?(?:class|enum|namespace|const|let|function) (\w+)/gm)) names.add(m[1]);
  return [...names];
}

export function createVscodeMock(settings: Record<string, any>, names: string[] = []): { vscode: any; state: MockState } {
  const noopEvent = (): Disposable => new Disposable();
  const state: MockState = {
    settings,
    language: 'en',
    documents: [],
    activeEditor: undefined,
    commands: new Map(),
    executed: [],
    messages: [],
    answer: undefined,
    opened: [],
    statusItems: [],
    panels: [],
    output: [],
    missing: new Set(),
    diagnostics: new Map(),
    onDidChangeConfiguration: new EventEmitter(),
    onDidChangeDiagnostics: new EventEmitter(),
    onDidChangeActiveTextEditor: new EventEmitter(),
    onDidChangeTextDocument: new EventEmitter(),
    changeSettings(patch) {
      for (const [k, v] of Object.entries(patch)) setPath(state.settings, k, v);
      const keys = Object.keys(patch);
      state.onDidChangeConfiguration.fire({
        affectsConfiguration: (s: string) => keys.some((k) => k === s || k.startsWith(s + '.') || s.startsWith(k + '.')),
      });
    },
  };

  const configuration = (section?: string) => {
    const base = section ? getPath(state.settings, section) : state.settings;
    return {
      get: (key: string, dflt?: unknown) => {
        const v = getPath(base ?? {}, key);
        return v === undefined ? dflt : v;
      },
      has: (key: string) => getPath(base ?? {}, key) !== undefined,
      inspect: () => undefined,
      update: async () => undefined,
    };
  };

  const LogLevel = { Off: 0, Trace: 1, Debug: 2, Info: 3, Warning: 4, Error: 5 };
  const outputChannel = (name: string) => {
    const line = (level: string) => (msg: string) => state.output.push(`[${name}:${level}] ${msg}`);
    return {
      name,
      logLevel: LogLevel.Info,
      onDidChangeLogLevel: noopEvent,
      trace: line('trace'),
      debug: line('debug'),
      info: line('info'),
      warn: line('warn'),
      error: line('error'),
      append: line('append'),
      appendLine: line('line'),
      replace: () => undefined,
      clear: () => undefined,
      show: () => undefined,
      hide: () => undefined,
      dispose: () => undefined,
    };
  };

  const notify = (kind: 'error' | 'info' | 'warning') => async (text: string, ...rest: any[]) => {
    const items = rest.filter((r) => typeof r === 'string');
    state.messages.push({ kind, text, items });
    return state.answer !== undefined && items.includes(state.answer) ? state.answer : undefined;
  };

  const diagnosticsFor = (uri: Uri): Diagnostic[] => {
    const out: Diagnostic[] = [];
    for (const coll of state.diagnostics.values()) out.push(...(coll.get(uri.toString()) ?? []));
    return out;
  };

  const match = (selector: any, doc: MockDocument): number => {
    const list = Array.isArray(selector) ? selector : [selector];
    return list.some((s: any) =>
      typeof s === 'string'
        ? s === doc.languageId
        : (!s.language || s.language === doc.languageId) && (!s.scheme || s.scheme === doc.uri.scheme),
    )
      ? 10
      : 0;
  };

  const registration = () => new Disposable();

  const api: Record<string, any> = {
    version: '1.91.0',
    EventEmitter,
    Disposable,
    Uri,
    Position,
    Range,
    Diagnostic,
    CancellationError,
    CancellationTokenSource,
    LogLevel,
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    ProgressLocation: { SourceControl: 1, Window: 10, Notification: 15 },
    env: {
      get language() {
        return state.language;
      },
      appName: 'Visual Studio Code (mock)',
      machineId: 'mock',
      sessionId: 'mock',
      openExternal: async (uri: Uri) => {
        state.opened.push(uri.toString());
        return true;
      },
    },
    workspace: {
      getConfiguration: configuration,
      get workspaceFolders() {
        return undefined;
      },
      get textDocuments() {
        return state.documents;
      },
      notebookDocuments: [],
      onDidChangeConfiguration: state.onDidChangeConfiguration.event,
      onDidOpenTextDocument: noopEvent,
      onDidCloseTextDocument: noopEvent,
      onDidChangeTextDocument: state.onDidChangeTextDocument.event,
      onDidSaveTextDocument: noopEvent,
      onWillSaveTextDocument: noopEvent,
      onDidChangeWorkspaceFolders: noopEvent,
      createFileSystemWatcher: () => ({ onDidCreate: noopEvent, onDidChange: noopEvent, onDidDelete: noopEvent, dispose() {} }),
      applyEdit: async () => true,
    },
    window: {
      get activeTextEditor() {
        return state.activeEditor;
      },
      get visibleTextEditors() {
        return state.activeEditor ? [state.activeEditor] : [];
      },
      tabGroups: { all: [], onDidChangeTabs: noopEvent, onDidChangeTabGroups: noopEvent },
      onDidChangeActiveTextEditor: state.onDidChangeActiveTextEditor.event,
      onDidChangeVisibleTextEditors: noopEvent,
      createOutputChannel: outputChannel,
      createStatusBarItem: () => {
        const item = {
          id: 'isnad.status',
          name: '',
          text: '',
          tooltip: '',
          command: undefined as string | undefined,
          visible: false,
          show() {
            item.visible = true;
          },
          hide() {
            item.visible = false;
          },
          dispose() {
            item.visible = false;
          },
        };
        state.statusItems.push(item);
        return item;
      },
      createWebviewPanel: (viewType: string, title: string, column: unknown, options: any) => {
        const onDispose = new EventEmitter<void>();
        const onViewState = new EventEmitter<unknown>();
        const record = {
          viewType,
          title,
          column,
          options,
          html: '',
          reveals: 0,
          disposed: false,
          visible: true,
          setVisible(v: boolean) {
            record.visible = v;
            onViewState.fire({ webviewPanel: panel });
          },
        };
        state.panels.push(record);
        const panel = {
          viewType,
          get visible() {
            return record.visible;
          },
          onDidChangeViewState: onViewState.event,
          get title() {
            return record.title;
          },
          set title(t: string) {
            record.title = t;
          },
          webview: {
            options,
            get html() {
              return record.html;
            },
            set html(h: string) {
              record.html = h;
            },
            cspSource: 'mock-webview:',
          },
          reveal: () => {
            record.reveals += 1;
          },
          onDidDispose: onDispose.event,
          dispose: () => {
            if (record.disposed) return;
            record.disposed = true;
            onDispose.fire();
          },
        };
        return panel;
      },
      showErrorMessage: notify('error'),
      showWarningMessage: notify('warning'),
      showInformationMessage: notify('info'),
      withProgress: async (_o: unknown, task: (p: unknown, t: unknown) => unknown) =>
        task({ report() {} }, new CancellationTokenSource().token),
      showTextDocument: async () => undefined,
    },
    languages: {
      match,
      createDiagnosticCollection: (name = 'default') => {
        const coll = new Map<string, Diagnostic[]>();
        state.diagnostics.set(name, coll);
        return {
          name,
          set: (uri: Uri, diags: Diagnostic[] | undefined) => {
            if (diags) coll.set(uri.toString(), diags);
            else coll.delete(uri.toString());
            state.onDidChangeDiagnostics.fire({ uris: [uri] });
          },
          delete: (uri: Uri) => {
            coll.delete(uri.toString());
            state.onDidChangeDiagnostics.fire({ uris: [uri] });
          },
          clear: () => {
            const uris = [...coll.keys()].map((u) => Uri.parse(u));
            coll.clear();
            state.onDidChangeDiagnostics.fire({ uris });
          },
          get: (uri: Uri) => coll.get(uri.toString()),
          has: (uri: Uri) => coll.has(uri.toString()),
          forEach: () => undefined,
          dispose: () => {
            coll.clear();
            state.diagnostics.delete(name);
          },
        };
      },
      getDiagnostics: diagnosticsFor,
      onDidChangeDiagnostics: state.onDidChangeDiagnostics.event,
    },
    commands: {
      registerCommand: (id: string, fn: (...args: any[]) => unknown) => {
        if (state.commands.has(id)) throw new Error(`command '${id}' already exists`);
        state.commands.set(id, fn);
        return new Disposable(() => state.commands.delete(id));
      },
      executeCommand: async (id: string, ...args: unknown[]) => {
        state.executed.push({ command: id, args });
        const fn = state.commands.get(id);
        return fn ? fn(...args) : undefined;
      },
    },
  };
  // Every languages.registerXxxProvider is accepted and ignored.
  const languages = new Proxy(api.languages, {
    get(target, prop: string) {
      if (prop in target) return target[prop];
      if (prop.startsWith('register')) return registration;
      state.missing.add(`languages.${prop}`);
      return undefined;
    },
  });
  api.languages = languages;

  const classes = new Map<string, unknown>();
  const keys = Array.from(new Set([...Object.keys(api), ...names]));
  const vscode: any = new Proxy(api, {
    ownKeys: () => keys,
    getOwnPropertyDescriptor: (_t, prop) =>
      typeof prop === 'string' && keys.includes(prop)
        ? { configurable: true, enumerable: true, get: () => vscode[prop] }
        : undefined,
    get(target, prop: string | symbol) {
      if (typeof prop === 'symbol') return undefined;
      if (prop in target) return target[prop];
      if (prop === '__esModule' || prop === 'default' || prop === 'then') return undefined;
      if (/^[A-Z]/.test(prop)) {
        if (!classes.has(prop)) {
          // A plain class whose static members are themselves placeholders (enums).
          const cls = class {
            constructor(...args: unknown[]) {
              Object.assign(this, { args });
            }
          };
          classes.set(prop, new Proxy(cls, { get: (c: any, k) => (k in c ? c[k] : `${prop}.${String(k)}`) }));
        }
        return classes.get(prop);
      }
      state.missing.add(prop);
      return undefined;
    },
  });
  return { vscode, state };
}
