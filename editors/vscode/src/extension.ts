// The VS Code wiring: start `isnad lsp`, forward settings, commands, status bar.
// Every decision lives in logic.ts, messages.ts, preview.ts and review.ts, which are unit-tested.

import * as os from 'node:os';
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  ExecuteCommandRequest,
  LanguageClient,
  type LanguageClientOptions,
  State,
} from 'vscode-languageclient/node';
import * as logic from './logic';
import { messages, statusView, type ServerState } from './messages';
import { dirAutoPlugin, type MarkdownItLike } from './preview';
import * as review from './review';

let extension: IsnadExtension | undefined;

export interface IsnadApi {
  /** Called by VS Code's Markdown preview (package.json: markdown.markdownItPlugins). */
  extendMarkdownIt<T extends MarkdownItLike>(md: T): T;
}

export function activate(context: vscode.ExtensionContext): IsnadApi {
  extension = new IsnadExtension();
  context.subscriptions.push(extension);
  // Not awaited: the preview must not wait for the server, and start() reports its own failures.
  void extension.start();
  return { extendMarkdownIt: (md) => dirAutoPlugin(md) };
}

export async function deactivate(): Promise<void> {
  await extension?.stop();
  extension = undefined;
}

/** The raw `isnad` settings object for a scope (a document, or the window). */
function rawSettings(scope?: vscode.ConfigurationScope): unknown {
  return vscode.workspace.getConfiguration(undefined, scope).get(logic.CONFIG_SECTION);
}

function locale(): logic.Locale {
  return logic.uiLocale(vscode.workspace.getConfiguration(logic.CONFIG_SECTION).get('locale'), vscode.env.language);
}

class IsnadExtension implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private state: ServerState = 'starting';
  /** Start/stop/restart run one after another, never interleaved. */
  private queue: Promise<unknown> = Promise.resolve();
  private readonly output = vscode.window.createOutputChannel('isnad', { log: true });
  private readonly status = vscode.window.createStatusBarItem('isnad.status', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  /** The isnad.path setting the running client was started with. */
  private startedWithPath: string | undefined;
  /** The fact-check review panel, reused while it is open. */
  private reviewPanel: vscode.WebviewPanel | undefined;
  /** What the review panel shows (asked again when a draft it covers changes). */
  private reviewShown: review.ReviewShown | undefined;
  /** An edit came while the panel was hidden: refresh when it is shown again. */
  private reviewStale = false;
  private readonly reviewRefresh = new review.Debouncer(() => this.refreshReview(), review.REVIEW_REFRESH_MS);

  constructor() {
    this.status.name = 'isnad';
    this.disposables.push(
      this.output,
      this.status,
      vscode.commands.registerCommand('isnad.restart', () => this.restart()),
      vscode.commands.registerCommand('isnad.fixAll', () => this.fixAll()),
      vscode.commands.registerCommand(review.SHOW_REVIEW, () => this.showReview('document')),
      vscode.commands.registerCommand(review.SHOW_WORKSPACE_REVIEW, () => this.showReview('workspace')),
      vscode.commands.registerCommand('isnad.showInstallHelp', () =>
        vscode.env.openExternal(vscode.Uri.parse(logic.INSTALL_URL)),
      ),
      vscode.languages.onDidChangeDiagnostics((e) => {
        const uri = vscode.window.activeTextEditor?.document.uri.toString();
        if (uri && e.uris.some((u) => u.toString() === uri)) this.updateStatus();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.updateStatus()),
      vscode.workspace.onDidOpenTextDocument(() => this.updateStatus()), // language mode changes re-open
      vscode.workspace.onDidChangeTextDocument((e) => this.onDocumentChanged(e)),
      vscode.workspace.onDidChangeConfiguration((e) => this.onConfigurationChanged(e)),
    );
  }

  dispose(): void {
    this.reviewRefresh.cancel();
    this.reviewPanel?.dispose();
    void this.stop();
    for (const d of this.disposables) d.dispose();
  }

  start(): Promise<void> {
    return this.enqueue(() => this.doStart());
  }

  stop(): Promise<void> {
    return this.enqueue(() => this.doStop());
  }

  restart(): Promise<void> {
    return this.enqueue(async () => {
      await this.doStop();
      await this.doStart();
    });
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    const next = this.queue.then(job, job);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async doStart(): Promise<void> {
    const m = messages(locale());
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    this.startedWithPath = this.pathSetting();
    const resolved = logic.resolveServerPath({
      setting: this.startedWithPath,
      env: process.env,
      platform: process.platform,
      homedir: os.homedir(),
      workspaceFolder: folder?.scheme === 'file' ? folder.fsPath : undefined,
      probe: logic.nodeProbe,
    });
    if (!resolved.ok) {
      this.setState('missing');
      this.output.error(`isnad server not found; tried: ${resolved.tried.join(', ') || '(empty PATH)'}`);
      const text = resolved.reason === 'setting-not-found' ? m.settingNotFound(resolved.setting) : m.notOnPath;
      void vscode.window.showErrorMessage(text, m.howToInstall, m.openSettings).then((choice) => {
        if (choice === m.howToInstall) void vscode.env.openExternal(vscode.Uri.parse(logic.INSTALL_URL));
        else if (choice === m.openSettings) void vscode.commands.executeCommand('workbench.action.openSettings', 'isnad.path');
      });
      return;
    }

    this.output.info(`starting ${resolved.path} ${logic.serverArgs().join(' ')} (from ${resolved.from})`);
    this.setState('starting');
    const exe = logic.serverExecutable(resolved.path, folder?.scheme === 'file' ? folder.fsPath : undefined);
    const client: LanguageClient = new LanguageClient('isnad', 'isnad', { run: exe, debug: exe }, this.clientOptions(() => client));
    client.onDidChangeState((e) => {
      if (this.client !== client) return;
      if (e.newState === State.Running) this.setState('running');
      else if (e.newState === State.Stopped) this.setState('stopped');
    });
    this.client = client;
    try {
      await client.start();
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      this.output.error(`start failed: ${reason}`);
      this.setState('stopped');
      void vscode.window.showErrorMessage(m.startFailed(reason), m.showOutput).then((choice) => {
        if (choice === m.showOutput) this.output.show();
      });
    }
  }

  private async doStop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    try {
      if (client.needsStop()) await client.stop(2000);
    } catch (err) {
      this.output.warn(`stop: ${err instanceof Error ? err.message : String(err)}`);
    }
    try {
      await client.dispose(2000);
    } catch {
      // already stopped
    }
  }

  private pathSetting(): string | undefined {
    return vscode.workspace.getConfiguration(logic.CONFIG_SECTION).get<string>('path');
  }

  private clientOptions(client: () => LanguageClient): LanguageClientOptions {
    return {
      documentSelector: logic.documentSelector(),
      outputChannel: this.output,
      initializationOptions: () => logic.toServerConfig(rawSettings()),
      synchronize: { configurationSection: logic.CONFIG_SECTION },
      middleware: {
        workspace: {
          // workspace/configuration: VS Code fills in the raw settings; the
          // server gets the contract shape (locale "auto" → null ...).
          configuration: async (params, token, next) => {
            const results = await next(params, token);
            return Array.isArray(results) ? logic.translateConfigurationResults(params.items, results) : results;
          },
          // didChangeConfiguration carries the same translated shape.
          // Only to the current, running client, and not when isnad.path changed
          // (the client is being replaced; sending would race its shutdown).
          didChangeConfiguration: async (sections, next) => {
            const c = client();
            if (c !== this.client || !c.isRunning() || this.pathSetting() !== this.startedWithPath) return;
            if (!sections || !sections.includes(logic.CONFIG_SECTION)) return next(sections);
            try {
              await c.sendNotification(DidChangeConfigurationNotification.type, {
                settings: { [logic.CONFIG_SECTION]: logic.toServerConfig(rawSettings()) },
              });
            } catch (err) {
              // A restart in progress; the new server reads the settings at start.
              this.output.warn(`didChangeConfiguration not sent: ${err instanceof Error ? err.message : String(err)}`);
            }
          },
        },
      },
    };
  }

  private onConfigurationChanged(e: vscode.ConfigurationChangeEvent): void {
    const affects = (s: string): boolean => e.affectsConfiguration(s);
    if (logic.needsRestart(affects)) {
      this.output.info('isnad.path changed; restarting the server');
      void this.restart();
    }
    // Everything else reaches the server through synchronize.configurationSection.
    if (affects('isnad.locale')) this.updateStatus();
  }

  private async fixAll(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !logic.isDraft(editor.document.languageId, editor.document.uri.scheme)) {
      void vscode.window.showInformationMessage(messages(locale()).noDraft);
      return;
    }
    await vscode.commands.executeCommand('editor.action.codeAction', { kind: logic.FIX_ALL_KIND, apply: 'first' });
  }

  /**
   * Asks the server for the review sheet (`isnad.review`, HTML) of the active
   * draft or of the workspace, and shows it in a webview with scripts off and
   * a CSP that allows inline styles only. The page is laid out right to left.
   * While the panel is open it follows the edits (see onDocumentChanged).
   */
  private async showReview(scope: review.ReviewScope): Promise<void> {
    const m = messages(locale());
    const doc = vscode.window.activeTextEditor?.document;
    const draft = doc && logic.isDraft(doc.languageId, doc.uri.scheme) ? doc : undefined;
    if (scope === 'document' && !draft) {
      void vscode.window.showInformationMessage(m.noDraft);
      return;
    }
    const client = this.client;
    if (!client || !client.isRunning()) {
      void vscode.window.showErrorMessage(m.reviewNoServer);
      return;
    }
    const uri = draft ? client.code2ProtocolConverter.asUri(draft.uri) : undefined;
    const shown: review.ReviewShown = { scope, args: review.reviewArgs(scope, uri), draft: draft?.uri.toString() };
    const html = await this.fetchReview(shown.args, true);
    if (html === undefined) return;
    const title = review.reviewTitle(locale(), scope, draft?.fileName);
    let panel = this.reviewPanel;
    if (!panel) {
      const created = vscode.window.createWebviewPanel(
        review.REVIEW_VIEW_TYPE,
        title,
        { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        review.webviewOptions(),
      );
      panel = created;
      this.reviewPanel = created;
      created.onDidDispose(() => {
        if (this.reviewPanel === created) {
          this.reviewPanel = undefined;
          this.reviewShown = undefined;
          this.reviewRefresh.cancel();
        }
      });
      created.onDidChangeViewState(() => {
        if (created.visible && this.reviewStale) {
          this.reviewStale = false;
          this.reviewRefresh.schedule();
        }
      });
    } else {
      panel.reveal(vscode.ViewColumn.Beside, true);
    }
    this.reviewShown = shown;
    this.reviewStale = false;
    panel.title = title;
    panel.webview.html = review.wrapReviewHtml(html);
  }

  /**
   * The review sheet for `args` from the server, or undefined when there is
   * no server or it failed; failures are logged, and shown when `loud`.
   */
  private async fetchReview(args: review.ReviewArgs, loud: boolean): Promise<string | undefined> {
    const m = messages(locale());
    const client = this.client;
    if (!client || !client.isRunning()) {
      if (loud) void vscode.window.showErrorMessage(m.reviewNoServer);
      return undefined;
    }
    let html: unknown;
    try {
      html = await client.sendRequest(ExecuteCommandRequest.type, {
        command: review.REVIEW_COMMAND,
        arguments: [args],
      });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      this.output.error(`isnad.review: ${reason}`);
      if (loud) void vscode.window.showErrorMessage(m.reviewFailed(reason));
      return undefined;
    }
    if (typeof html !== 'string') {
      this.output.error(`isnad.review: ${String(html)}`);
      if (loud) void vscode.window.showErrorMessage(m.reviewFailed(String(html)));
      return undefined;
    }
    return html;
  }

  /** An edit of a draft the open review covers: refresh it after REVIEW_REFRESH_MS of quiet. */
  private onDocumentChanged(e: vscode.TextDocumentChangeEvent): void {
    if (!this.reviewPanel || e.contentChanges.length === 0) return;
    const doc = e.document;
    if (review.refreshesReview(this.reviewShown, doc.uri.toString(), logic.isDraft(doc.languageId, doc.uri.scheme))) {
      this.reviewRefresh.schedule();
    }
  }

  /** Asks for the open review again (quietly) and shows it; a hidden panel is refreshed when shown. */
  private async refreshReview(): Promise<void> {
    const panel = this.reviewPanel;
    const shown = this.reviewShown;
    if (!panel || !shown) return;
    if (!panel.visible) {
      this.reviewStale = true;
      return;
    }
    const html = await this.fetchReview(shown.args, false);
    // The panel may have been closed, or shown something else, meanwhile.
    if (html !== undefined && this.reviewPanel === panel && this.reviewShown === shown) {
      panel.webview.html = review.wrapReviewHtml(html);
    }
  }

  private setState(state: ServerState): void {
    this.state = state;
    this.updateStatus();
  }

  private updateStatus(): void {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || !logic.isDraft(doc.languageId, doc.uri.scheme)) {
      this.status.hide();
      return;
    }
    const counts = logic.countDiagnostics(
      vscode.languages.getDiagnostics(doc.uri).map((d) => ({ source: d.source, severity: d.severity })),
    );
    const view = statusView(locale(), this.state, counts);
    this.status.text = view.text;
    this.status.tooltip = view.tooltip;
    this.status.command =
      this.state === 'missing' ? 'isnad.showInstallHelp' : this.state === 'stopped' ? 'isnad.restart' : 'workbench.actions.view.problems';
    this.status.show();
  }
}
