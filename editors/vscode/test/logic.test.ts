import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { after, describe, test } from 'node:test';
import * as logic from '../src/logic';

/** A probe over a fixed set of paths, for platforms other than the one running the tests. */
function fakeProbe(files: string[]): logic.FileProbe & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    isExecutableFile(p: string) {
      asked.push(p);
      return files.includes(p);
    },
  };
}

describe('server command line', () => {
  test('is `<path> lsp`', () => {
    assert.deepEqual(logic.serverArgs(), ['lsp']);
    assert.deepEqual(logic.serverExecutable('/usr/local/bin/isnad'), { command: '/usr/local/bin/isnad', args: ['lsp'] });
  });

  test('sets no transport, so the client does not append --stdio', () => {
    const exe = logic.serverExecutable('/opt/isnad', '/home/r/drafts');
    assert.equal('transport' in exe, false);
    assert.deepEqual(exe, { command: '/opt/isnad', args: ['lsp'], options: { cwd: '/home/r/drafts' } });
  });
});

describe('PATH entries', () => {
  test('posix: split on colons, empty and repeated entries dropped', () => {
    assert.deepEqual(logic.pathEntries({ PATH: '/usr/bin::/bin:/usr/bin:' }, 'linux'), ['/usr/bin', '/bin']);
  });

  test('windows: split on semicolons, quotes removed, variable name case-insensitive', () => {
    const env = { Path: 'C:\\Windows;"C:\\Program Files\\isnad";;C:\\Windows' };
    assert.deepEqual(logic.pathEntries(env, 'win32'), ['C:\\Windows', 'C:\\Program Files\\isnad']);
  });

  test('missing PATH gives no entries', () => {
    assert.deepEqual(logic.pathEntries({}, 'linux'), []);
  });
});

describe('windows candidates', () => {
  test('adds .exe to a bare name', () => {
    assert.deepEqual(logic.candidates('C:\\bin\\isnad', 'win32'), ['C:\\bin\\isnad.exe']);
  });
  test('keeps an explicit .exe (any case)', () => {
    assert.deepEqual(logic.candidates('C:\\bin\\isnad.EXE', 'win32'), ['C:\\bin\\isnad.EXE']);
  });
  test('posix names are taken as they are', () => {
    assert.deepEqual(logic.candidates('/usr/bin/isnad', 'linux'), ['/usr/bin/isnad']);
  });
});

describe('resolveServerPath on this machine (real files)', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-ext-'));
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const binA = path.join(tmp, 'a');
  const binB = path.join(tmp, 'b');
  const home = path.join(tmp, 'home');
  const ws = path.join(tmp, 'ws');
  for (const d of [binA, binB, path.join(home, '.cargo', 'bin'), path.join(ws, 'target', 'release')]) {
    fs.mkdirSync(d, { recursive: true });
  }
  // binA holds a non-executable `isnad`, binB an executable one.
  fs.writeFileSync(path.join(binA, 'isnad'), '');
  fs.chmodSync(path.join(binA, 'isnad'), 0o644);
  fs.writeFileSync(path.join(binB, 'isnad'), '#!/bin/sh\n');
  fs.chmodSync(path.join(binB, 'isnad'), 0o755);
  fs.writeFileSync(path.join(home, '.cargo', 'bin', 'isnad'), '#!/bin/sh\n', { mode: 0o755 });
  fs.writeFileSync(path.join(ws, 'target', 'release', 'isnad'), '#!/bin/sh\n', { mode: 0o755 });
  // A directory named isnad must not be taken for the binary.
  fs.mkdirSync(path.join(tmp, 'c', 'isnad'), { recursive: true });
  const platform = process.platform === 'win32' ? 'linux' : process.platform;
  const base = { platform, homedir: home, workspaceFolder: ws, probe: logic.nodeProbe };

  test('finds the first executable isnad on PATH, skipping non-executables and directories', { skip: process.platform === 'win32' }, () => {
    const env = { PATH: [path.join(tmp, 'nope'), path.join(tmp, 'c'), binA, binB].join(':') };
    const r = logic.resolveServerPath({ ...base, env });
    assert.deepEqual(r, { ok: true, path: path.join(binB, 'isnad'), from: 'PATH' });
  });

  test('reports what it tried when isnad is not on PATH', { skip: process.platform === 'win32' }, () => {
    const env = { PATH: [binA, path.join(tmp, 'nope')].join(':') };
    const r = logic.resolveServerPath({ ...base, env });
    assert.deepEqual(r, { ok: false, reason: 'not-on-path', tried: [path.join(binA, 'isnad'), path.join(tmp, 'nope', 'isnad')] });
  });

  test('the setting wins over PATH', { skip: process.platform === 'win32' }, () => {
    const r = logic.resolveServerPath({ ...base, env: { PATH: binB }, setting: path.join(home, '.cargo', 'bin', 'isnad') });
    assert.deepEqual(r, { ok: true, path: path.join(home, '.cargo', 'bin', 'isnad'), from: 'setting' });
  });

  test('~ in the setting is the home folder', { skip: process.platform === 'win32' }, () => {
    const r = logic.resolveServerPath({ ...base, env: {}, setting: '  ~/.cargo/bin/isnad ' });
    assert.deepEqual(r, { ok: true, path: path.join(home, '.cargo', 'bin', 'isnad'), from: 'setting' });
  });

  test('a relative setting is taken from the workspace folder', { skip: process.platform === 'win32' }, () => {
    const r = logic.resolveServerPath({ ...base, env: {}, setting: './target/release/isnad' });
    assert.deepEqual(r, { ok: true, path: path.join(ws, 'target', 'release', 'isnad'), from: 'setting' });
  });

  test('a bare name in the setting is looked up on PATH', { skip: process.platform === 'win32' }, () => {
    fs.writeFileSync(path.join(binB, 'isnad-nightly'), '#!/bin/sh\n', { mode: 0o755 });
    const r = logic.resolveServerPath({ ...base, env: { PATH: `${binA}:${binB}` }, setting: 'isnad-nightly' });
    assert.deepEqual(r, { ok: true, path: path.join(binB, 'isnad-nightly'), from: 'setting' });
  });

  test('a setting that names a missing file is an error, with no fallback to PATH', { skip: process.platform === 'win32' }, () => {
    const missing = path.join(tmp, 'gone', 'isnad');
    const r = logic.resolveServerPath({ ...base, env: { PATH: binB }, setting: missing });
    assert.deepEqual(r, { ok: false, reason: 'setting-not-found', tried: [missing], setting: missing });
  });

  test('an empty or blank setting means PATH', { skip: process.platform === 'win32' }, () => {
    for (const setting of ['', '   ', null, undefined]) {
      const r = logic.resolveServerPath({ ...base, env: { PATH: binB }, setting });
      assert.deepEqual(r, { ok: true, path: path.join(binB, 'isnad'), from: 'PATH' });
    }
  });
});

describe('resolveServerPath on Windows (fake file system)', () => {
  test('finds isnad.exe on Path', () => {
    const probe = fakeProbe(['C:\\Users\\r\\.cargo\\bin\\isnad.exe']);
    const r = logic.resolveServerPath({
      env: { Path: 'C:\\Windows\\system32;C:\\Users\\r\\.cargo\\bin' },
      platform: 'win32',
      probe,
    });
    assert.deepEqual(r, { ok: true, path: 'C:\\Users\\r\\.cargo\\bin\\isnad.exe', from: 'PATH' });
    assert.deepEqual(probe.asked, ['C:\\Windows\\system32\\isnad.exe', 'C:\\Users\\r\\.cargo\\bin\\isnad.exe']);
  });

  test('a setting without .exe gets it', () => {
    const probe = fakeProbe(['D:\\tools\\isnad.exe']);
    const r = logic.resolveServerPath({ env: {}, platform: 'win32', setting: 'D:\\tools\\isnad', probe });
    assert.deepEqual(r, { ok: true, path: 'D:\\tools\\isnad.exe', from: 'setting' });
  });

  test('~\\ and relative settings', () => {
    const probe = fakeProbe(['C:\\Users\\r\\bin\\isnad.exe', 'C:\\work\\news\\target\\release\\isnad.exe']);
    const common = { env: {}, platform: 'win32', homedir: 'C:\\Users\\r', workspaceFolder: 'C:\\work\\news', probe };
    assert.deepEqual(logic.resolveServerPath({ ...common, setting: '~\\bin\\isnad' }), {
      ok: true,
      path: 'C:\\Users\\r\\bin\\isnad.exe',
      from: 'setting',
    });
    assert.deepEqual(logic.resolveServerPath({ ...common, setting: 'target\\release\\isnad.exe' }), {
      ok: true,
      path: 'C:\\work\\news\\target\\release\\isnad.exe',
      from: 'setting',
    });
  });

  test('not found lists the .exe names tried', () => {
    const r = logic.resolveServerPath({ env: { PATH: 'C:\\a;C:\\b' }, platform: 'win32', probe: fakeProbe([]) });
    assert.deepEqual(r, { ok: false, reason: 'not-on-path', tried: ['C:\\a\\isnad.exe', 'C:\\b\\isnad.exe'] });
  });
});

describe('settings → server configuration', () => {
  test('defaults when nothing is set', () => {
    assert.deepEqual(logic.toServerConfig(undefined), { locale: null, debounceMs: 75, rules: {}, inlayHints: true });
    assert.deepEqual(logic.toServerConfig({}), { locale: null, debounceMs: 75, rules: {}, inlayHints: true });
  });

  test('what VS Code returns for the section, with its defaults, maps to the contract shape', () => {
    const raw = {
      path: '/usr/bin/isnad',
      locale: 'auto',
      debounceMs: 75,
      rules: {},
      inlayHints: true,
      trace: { server: 'verbose' },
    };
    const cfg = logic.toServerConfig(raw);
    assert.deepEqual(cfg, { locale: null, debounceMs: 75, rules: {}, inlayHints: true });
    // Exactly the four keys of the contract: no path, no trace.
    assert.deepEqual(Object.keys(cfg), ['locale', 'debounceMs', 'rules', 'inlayHints']);
    assert.equal(JSON.stringify(cfg), '{"locale":null,"debounceMs":75,"rules":{},"inlayHints":true}');
  });

  test('locale: auto → null, ar and en pass through, anything else → null', () => {
    assert.equal(logic.serverLocale('auto'), null);
    assert.equal(logic.serverLocale('ar'), 'ar');
    assert.equal(logic.serverLocale('en'), 'en');
    assert.equal(logic.serverLocale('fr'), null);
    assert.equal(logic.serverLocale(undefined), null);
  });

  test('debounceMs is rounded and clamped, junk falls back to 75', () => {
    assert.equal(logic.debounceMs(0), 0);
    assert.equal(logic.debounceMs(120.6), 121);
    assert.equal(logic.debounceMs(-5), 0);
    assert.equal(logic.debounceMs(1e9), 10_000);
    assert.equal(logic.debounceMs('200'), 75);
    assert.equal(logic.debounceMs(Number.NaN), 75);
  });

  test('rules keep valid severities only', () => {
    const cfg = logic.toServerConfig({
      locale: 'ar',
      debounceMs: 30,
      inlayHints: false,
      rules: {
        'anonymous-source': 'off',
        'name-variant': 'Error',
        tatweel: 'hint',
        'mixed-digits': 'loud',
        'missing-credit': 3,
      },
    });
    assert.deepEqual(cfg, {
      locale: 'ar',
      debounceMs: 30,
      rules: { 'anonymous-source': 'off', 'name-variant': 'error', tatweel: 'hint' },
      inlayHints: false,
    });
  });

  test('rules that are not an object are ignored', () => {
    assert.deepEqual(logic.ruleSeverities(['off']), {});
    assert.deepEqual(logic.ruleSeverities('off'), {});
    assert.deepEqual(logic.ruleSeverities(null), {});
  });

  test('workspace/configuration: only section isnad is translated', () => {
    const items = [{ section: 'isnad' }, { section: 'editor' }, {}, { section: 'isnad' }];
    const results = [{ locale: 'en', rules: { tatweel: 'off' } }, { tabSize: 4 }, null, null];
    assert.deepEqual(logic.translateConfigurationResults(items, results), [
      { locale: 'en', debounceMs: 75, rules: { tatweel: 'off' }, inlayHints: true },
      { tabSize: 4 },
      null,
      { locale: null, debounceMs: 75, rules: {}, inlayHints: true },
    ]);
  });

  test('only isnad.path needs a restart', () => {
    const changed = (keys: string[]) => (s: string) => keys.some((k) => k === s || k.startsWith(s + '.'));
    assert.equal(logic.needsRestart(changed(['isnad.path'])), true);
    assert.equal(logic.needsRestart(changed(['isnad.rules'])), false);
    assert.equal(logic.needsRestart(changed(['isnad.locale', 'isnad.debounceMs'])), false);
    assert.equal(logic.needsRestart(changed(['editor.fontSize'])), false);
  });
});

describe('UI locale', () => {
  test('the isnad.locale setting wins', () => {
    assert.equal(logic.uiLocale('ar', 'en-US'), 'ar');
    assert.equal(logic.uiLocale('en', 'ar'), 'en');
  });
  test('auto follows the VS Code display language', () => {
    assert.equal(logic.uiLocale('auto', 'ar'), 'ar');
    assert.equal(logic.uiLocale('auto', 'ar-EG'), 'ar');
    assert.equal(logic.uiLocale('auto', 'AR_sa'), 'ar');
    assert.equal(logic.uiLocale('auto', 'en'), 'en');
    assert.equal(logic.uiLocale('auto', 'fr'), 'en');
    assert.equal(logic.uiLocale(undefined, 'arn'), 'en'); // Mapudungun, not Arabic
    assert.equal(logic.uiLocale(undefined, undefined), 'en');
  });
});

describe('drafts and diagnostics', () => {
  test('markdown and plaintext files and untitled buffers are drafts', () => {
    assert.equal(logic.isDraft('markdown', 'file'), true);
    assert.equal(logic.isDraft('plaintext', 'untitled'), true);
    assert.equal(logic.isDraft('plaintext', 'output'), false);
    assert.equal(logic.isDraft('rust', 'file'), false);
  });

  test('document selector covers both languages in both schemes', () => {
    assert.deepEqual(logic.documentSelector(), [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
      { language: 'plaintext', scheme: 'file' },
      { language: 'plaintext', scheme: 'untitled' },
    ]);
  });

  test('counts only isnad errors and warnings', () => {
    const S = logic.Severity;
    const diags = [
      { source: 'isnad', severity: S.Warning },
      { source: 'isnad', severity: S.Warning },
      { source: 'isnad', severity: S.Error },
      { source: 'isnad', severity: S.Information },
      { source: 'isnad', severity: S.Hint },
      { source: 'markdownlint', severity: S.Warning },
      { severity: S.Error },
    ];
    assert.deepEqual(logic.countDiagnostics(diags), { errors: 1, warnings: 2 });
    assert.deepEqual(logic.countDiagnostics([]), { errors: 0, warnings: 0 });
  });
});
