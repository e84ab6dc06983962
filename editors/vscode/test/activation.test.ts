// Loads the real bundle (dist/extension.js) against a stand-in `vscode` module
// and a stand-in `isnad lsp` (fixtures/fake-isnad.js), and checks the wiring:
// the command line, initializationOptions, workspace/configuration and
// didChangeConfiguration payloads, the status bar, restart on isnad.path,
// the missing-binary notification and the fix-all command.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import Module from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { isDeepStrictEqual } from 'node:util';
import { createVscodeMock, exportedNames, makeDocument, Range, type MockState } from './vscode-mock';

const root = path.resolve(__dirname, '..', '..');
const bundle = path.join(root, 'dist', 'extension.js');
const names = exportedNames(path.join(root, 'node_modules', '@types', 'vscode', 'index.d.ts'));

interface LogEvent {
  event: string;
  [k: string]: any;
}

async function waitFor<T>(what: string, fn: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const start = Date.now();
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Load a fresh copy of the bundle with `require('vscode')` answered by the mock. */
interface LoadedExtension {
  activate(ctx: unknown): { extendMarkdownIt(md: any): any };
  deactivate(): Promise<void>;
}

function loadExtension(vscode: unknown): LoadedExtension {
  const M = Module as unknown as { _load: (req: string, parent: unknown, isMain: boolean) => unknown };
  const original = M._load;
  M._load = function (req: string, parent: unknown, isMain: boolean) {
    if (req === 'vscode') return vscode;
    return original.call(this, req, parent, isMain);
  };
  try {
    const req = Module.createRequire(__filename);
    delete req.cache[bundle];
    return req(bundle);
  } finally {
    M._load = original;
  }
}

describe('the bundled extension against a fake isnad server', { skip: process.platform === 'win32' }, () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-activation-'));
  const bin = path.join(tmp, 'bin');
  const server = path.join(bin, 'isnad');
  const logFile = path.join(tmp, 'server.log');
  const savedEnv = { PATH: process.env.PATH, ISNAD_FAKE_LOG: process.env.ISNAD_FAKE_LOG };
  const events = (): LogEvent[] =>
    fs.existsSync(logFile)
      ? fs
          .readFileSync(logFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l))
      : [];
  const count = (name: string): number => events().filter((e) => e.event === name).length;

  let state: MockState;
  let ext: LoadedExtension;
  let api: ReturnType<LoadedExtension['activate']>;
  const subscriptions: Array<{ dispose(): void }> = [];
  const status = () => state.statusItems[0];

  before(async () => {
    assert.ok(fs.existsSync(bundle), 'run `npm run build` first');
    fs.mkdirSync(bin);
    fs.copyFileSync(path.join(root, 'test', 'fixtures', 'fake-isnad.js'), server);
    fs.chmodSync(server, 0o755);
    process.env.PATH = `${bin}${path.delimiter}${process.env.PATH}`;
    process.env.ISNAD_FAKE_LOG = logFile;

    const mock = createVscodeMock({
      isnad: {
        path: '',
        locale: 'auto',
        debounceMs: 40,
        rules: { 'anonymous-source': 'off' },
        inlayHints: true,
        trace: { server: 'off' },
      },
      editor: { tabSize: 4 },
    }, names);
    state = mock.state;
    const draft = makeDocument(path.join(tmp, 'draft.md'), 'markdown', 'ترمب قال\n«نعم» «\nمصدر مطلع\n');
    state.documents.push(draft);
    state.activeEditor = { document: draft };
    ext = loadExtension(mock.vscode);
    api = ext.activate({ subscriptions });
  });

  after(async () => {
    await ext?.deactivate();
    for (const d of subscriptions) d.dispose();
    process.env.PATH = savedEnv.PATH;
    if (savedEnv.ISNAD_FAKE_LOG === undefined) delete process.env.ISNAD_FAKE_LOG;
    else process.env.ISNAD_FAKE_LOG = savedEnv.ISNAD_FAKE_LOG;
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('starts `isnad lsp` found on PATH, with the translated settings as initializationOptions', async () => {
    const init = await waitFor('initialize', () => events().find((e) => e.event === 'initialize'));
    assert.deepEqual(events()[0], { event: 'spawn', argv: ['lsp'] });
    assert.deepEqual(init.initializationOptions, {
      locale: null,
      debounceMs: 40,
      rules: { 'anonymous-source': 'off' },
      inlayHints: true,
    });
    assert.equal(init.locale, 'en');
    assert.equal(init.configurationCapability, true);
    assert.deepEqual(state.messages, []);
    assert.deepEqual([...state.commands.keys()].sort(), [
      'isnad.fixAll',
      'isnad.restart',
      'isnad.showInstallHelp',
      'isnad.showReview',
      'isnad.showWorkspaceReview',
    ]);
  });

  test('hands the Markdown preview its markdown-it plugin', () => {
    const MarkdownIt = Module.createRequire(__filename)('markdown-it');
    assert.equal(api.extendMarkdownIt(new MarkdownIt()).render('قال الوزير\n'), '<p dir="auto">قال الوزير</p>\n');
  });

  test('answers workspace/configuration for section isnad in the contract shape', async () => {
    const resp = await waitFor('configuration response', () =>
      events().find((e) => e.event === 'response' && e.to === 'workspace/configuration'),
    );
    assert.deepEqual(resp.result, [
      { locale: null, debounceMs: 40, rules: { 'anonymous-source': 'off' }, inlayHints: true },
      { tabSize: 4 },
    ]);
  });

  test('opens the draft and shows its counts in the status bar', async () => {
    const open = await waitFor('didOpen', () => events().find((e) => e.event === 'didOpen'));
    assert.equal(open.languageId, 'markdown');
    await waitFor('status counts', () => status()?.text === 'isnad: 1 $(error) 2 $(warning)');
    assert.equal(status().visible, true);
    assert.equal(status().tooltip, 'isnad: 1 error and 2 warnings in this draft. Click to open the Problems panel.');
    assert.equal(status().command, 'workbench.actions.view.problems');
  });

  test('follows isnad.locale for the status bar', async () => {
    state.changeSettings({ 'isnad.locale': 'ar' });
    assert.equal(status().text, 'إسناد: 1 $(error) 2 $(warning)');
    assert.equal(status().tooltip, 'إسناد: خطأ واحد وتحذيران في هذه المسودة. انقر لفتح لوحة المشكلات.');
    // The server hears of it too (before the next test changes more).
    await waitFor('locale forwarded', () =>
      events().some((e) => e.event === 'didChangeConfiguration' && e.settings?.isnad?.locale === 'ar'),
    );
  });

  test('forwards a settings change as didChangeConfiguration in the contract shape, without restarting', async () => {
    state.changeSettings({ 'isnad.rules': { tatweel: 'off', 'name-variant': 'error' }, 'isnad.debounceMs': 0 });
    const expected = {
      isnad: { locale: 'ar', debounceMs: 0, rules: { tatweel: 'off', 'name-variant': 'error' }, inlayHints: true },
    };
    await waitFor('didChangeConfiguration with the new rules', () =>
      events().some((e) => e.event === 'didChangeConfiguration' && isDeepStrictEqual(e.settings, expected)),
    );
    // Every payload has the contract shape, never VS Code's raw one (path, trace, "auto").
    for (const e of events().filter((x) => x.event === 'didChangeConfiguration')) {
      assert.deepEqual(Object.keys(e.settings), ['isnad']);
      assert.deepEqual(Object.keys(e.settings.isnad), ['locale', 'debounceMs', 'rules', 'inlayHints']);
    }
    assert.equal(count('spawn'), 1);
  });

  test('hides the status bar for other languages', () => {
    const active = state.activeEditor;
    state.activeEditor = { document: makeDocument(path.join(tmp, 'x.rs'), 'rust', 'fn main() {}') };
    state.onDidChangeActiveTextEditor.fire(state.activeEditor);
    assert.equal(status().visible, false);
    state.activeEditor = active;
    state.onDidChangeActiveTextEditor.fire(active);
    assert.equal(status().visible, true);
  });

  test('fix all runs the source.fixAll.isnad code action', async () => {
    await state.commands.get('isnad.fixAll')!();
    const call = state.executed.find((e) => e.command === 'editor.action.codeAction');
    assert.deepEqual(call?.args, [{ kind: 'source.fixAll.isnad', apply: 'first' }]);
  });

  test('show fact-check review runs isnad.review and shows the page in a locked-down webview', async () => {
    await state.commands.get('isnad.showReview')!();
    const call = events().find((e) => e.event === 'executeCommand');
    assert.equal(call?.command, 'isnad.review');
    assert.deepEqual(call?.arguments, [{ scope: 'document', format: 'html', uri: state.activeEditor!.document.uri.toString() }]);
    assert.equal(state.panels.length, 1);
    const panel = state.panels[0];
    assert.equal(panel.viewType, 'isnad.review');
    assert.equal(panel.title, 'مراجعة إسناد — draft.md'); // isnad.locale is "ar" since the test above
    assert.equal(panel.options.enableScripts, false);
    assert.match(panel.html, /<html lang="ar" dir="rtl">/);
    assert.match(panel.html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline';">/);
    assert.ok(panel.html.includes('مراجعة التدقيق'));
    assert.ok(!panel.html.includes('<script'), panel.html);

    // The workspace review reuses the panel.
    await state.commands.get('isnad.showWorkspaceReview')!();
    const calls = events().filter((e) => e.event === 'executeCommand');
    assert.equal(calls.length, 2);
    assert.equal(calls[1].arguments[0].scope, 'workspace');
    assert.equal(state.panels.length, 1);
    assert.equal(panel.reveals, 1);
    assert.equal(panel.title, 'مراجعة إسناد — مساحة العمل');
  });

  test('the open review refreshes, once per burst of edits, when its draft changes', async () => {
    const calls = () => events().filter((e) => e.event === 'executeCommand');
    // The panel shows the workspace review (test above): back to the draft's review.
    await state.commands.get('isnad.showReview')!();
    const before = calls().length;
    const panel = state.panels[0];
    panel.html = '';
    const draft = state.activeEditor!.document;
    const edit = () =>
      state.onDidChangeTextDocument.fire({
        document: draft,
        contentChanges: [{ range: new Range(0, 0, 0, 0), rangeOffset: 0, rangeLength: 0, text: 'و' }],
        reason: undefined,
      });
    edit();
    edit();
    edit();
    await waitFor('refreshed page', () => panel.html !== '');
    assert.equal(calls().length, before + 1);
    assert.deepEqual(calls().at(-1)!.arguments, [{ scope: 'document', format: 'html', uri: draft.uri.toString() }]);
    assert.match(panel.html, /<meta http-equiv="Content-Security-Policy"/);
    assert.ok(!panel.html.includes('<script'), panel.html);
    // The server had the edit before it was asked for the page.
    const log = events();
    const asked = log.map((e) => e.event).lastIndexOf('executeCommand');
    assert.ok(log.slice(0, asked).some((e) => e.event === 'didChange' && e.uri === draft.uri.toString()), JSON.stringify(log));
    assert.equal(state.panels.length, 1);
  });

  test('a missing isnad.path stops the server and says so, with "How to install"', async () => {
    state.answer = 'طريقة التثبيت';
    state.changeSettings({ 'isnad.path': path.join(tmp, 'nowhere', 'isnad') });
    await waitFor('error message', () => state.messages.find((m) => m.kind === 'error'));
    assert.deepEqual(state.messages.at(-1), {
      kind: 'error',
      text: `إسناد: لم يُعثر على الخادم المحدد في الإعداد isnad.path: ${path.join(tmp, 'nowhere', 'isnad')}`,
      items: ['طريقة التثبيت', 'فتح الإعدادات'],
    });
    await waitFor('install page opened', () => state.opened.length === 1);
    assert.deepEqual(state.opened, ['https://github.com/isnad-dev/isnad#install']);
    await waitFor('old server shutdown and exit', () => count('shutdown') === 1 && count('exit') === 1);
    await waitFor('status: missing', () => status().text === 'إسناد: $(circle-slash)');
    assert.equal(status().command, 'isnad.showInstallHelp');
  });

  test('setting isnad.path to the binary starts it again', async () => {
    state.answer = undefined;
    state.changeSettings({ 'isnad.path': server, 'isnad.locale': 'en' });
    await waitFor('second spawn', () => count('initialize') === 2);
    assert.deepEqual(events().filter((e) => e.event === 'spawn').at(-1), { event: 'spawn', argv: ['lsp'] });
    await waitFor('status counts again', () => status().text === 'isnad: 1 $(error) 2 $(warning)');
  });

  test('isnad: Restart server restarts the process', async () => {
    await state.commands.get('isnad.restart')!();
    await waitFor('third initialize', () => count('initialize') === 3);
    await waitFor('second shutdown', () => count('shutdown') === 2);
  });

  test('deactivate shuts the server down', async () => {
    await ext.deactivate();
    await waitFor('shutdown and exit', () => count('shutdown') === 3 && count('exit') === 3);
  });

  test('the client used no vscode API the stand-in lacks, and showed no other notification', () => {
    assert.deepEqual([...state.missing], []);
    assert.deepEqual(
      state.messages.map((m) => m.kind + ': ' + m.text.split(':')[0]),
      ['error: إسناد'], // the isnad.path one, nothing from the client library
    );
  });
});

describe('the bundled extension with no isnad anywhere', { skip: process.platform === 'win32' }, () => {
  test('shows the not-found notification and opens the install page', async () => {
    const savedPath = process.env.PATH;
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-empty-'));
    process.env.PATH = empty;
    try {
      const mock = createVscodeMock({ isnad: { path: '', locale: 'auto' } }, names);
      mock.state.answer = 'How to install';
      const draft = makeDocument(path.join(empty, 'a.txt'), 'plaintext', 'نص');
      mock.state.documents.push(draft);
      mock.state.activeEditor = { document: draft };
      const ext = loadExtension(mock.vscode);
      const subs: Array<{ dispose(): void }> = [];
      ext.activate({ subscriptions: subs });
      await waitFor('install page opened', () => mock.state.opened.length === 1);
      assert.deepEqual(mock.state.messages, [
        {
          kind: 'error',
          text: 'isnad: the language server `isnad` was not found on PATH. Install isnad, or set `isnad.path` to the isnad binary.',
          items: ['How to install', 'Open settings'],
        },
      ]);
      assert.deepEqual(mock.state.opened, ['https://github.com/isnad-dev/isnad#install']);
      assert.equal(mock.state.statusItems[0].text, 'isnad: $(circle-slash)');
      await ext.deactivate();
      subs.forEach((d) => d.dispose());
    } finally {
      process.env.PATH = savedPath;
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });
});
