// The manifest (package.json and its translations) agrees with logic.ts and
// with the server contract.

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import * as logic from '../src/logic';
import * as review from '../src/review';

// Tests are bundled into dist/test/, run from the extension folder.
const root = path.resolve(__dirname, '..', '..');
const read = (f: string): any => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8'));
const pkg = read('package.json');
const nlsEn: Record<string, string> = read('package.nls.json');
const nlsAr: Record<string, string> = read('package.nls.ar.json');
const props = pkg.contributes.configuration.properties;

function placeholders(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    const m = /^%(.+)%$/.exec(value);
    if (m) out.push(m[1]);
  } else if (Array.isArray(value)) value.forEach((v) => placeholders(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => placeholders(v, out));
  return out;
}

describe('package.json', () => {
  test('identity and packaging fields', () => {
    assert.equal(pkg.name, 'isnad');
    assert.equal(pkg.publisher, 'isnad');
    assert.equal(pkg.license, 'MIT');
    assert.equal(pkg.main, './dist/extension.js');
    assert.equal(pkg.engines.vscode, '^1.91.0');
    assert.equal(pkg.repository.url, 'https://github.com/isnad-dev/isnad.git');
    assert.equal(pkg.dependencies['vscode-languageclient'], '11.0.0');
    assert.equal(pkg.devDependencies['@types/vscode'], '1.91.0', '@types/vscode must match engines.vscode');
    assert.ok(fs.existsSync(path.join(root, 'LICENSE')));
    assert.ok(fs.existsSync(path.join(root, 'README.md')));
  });

  test('activates on Markdown and plain text', () => {
    assert.deepEqual(pkg.activationEvents, logic.DRAFT_LANGUAGES.map((l) => `onLanguage:${l}`));
  });

  test('settings', () => {
    assert.deepEqual(Object.keys(props).sort(), [
      'isnad.debounceMs',
      'isnad.inlayHints',
      'isnad.locale',
      'isnad.path',
      'isnad.rules',
      'isnad.trace.server',
    ]);
    assert.equal(props['isnad.path'].type, 'string');
    assert.deepEqual(props['isnad.locale'].enum, ['auto', 'en', 'ar']);
    assert.equal(props['isnad.locale'].default, 'auto');
    assert.equal(props['isnad.debounceMs'].default, logic.DEFAULT_DEBOUNCE_MS);
    assert.equal(props['isnad.debounceMs'].maximum, logic.MAX_DEBOUNCE_MS);
    assert.equal(props['isnad.inlayHints'].default, true);
    assert.deepEqual(props['isnad.trace.server'].enum, ['off', 'messages', 'verbose']);
    assert.deepEqual(props['isnad.rules'].default, {});
    assert.deepEqual(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations, ['isnad.path']);
  });

  test('isnad.rules lists every rule id with the five severities', () => {
    const rules = props['isnad.rules'].properties;
    assert.deepEqual(Object.keys(rules), logic.RULE_IDS);
    for (const id of logic.RULE_IDS) assert.deepEqual(rules[id].enum, logic.RULE_SEVERITIES, id);
  });

  test('the defaults of the settings translate to the default server config', () => {
    const raw: Record<string, unknown> = {};
    for (const [key, schema] of Object.entries<any>(props)) {
      if (!key.startsWith('isnad.trace')) raw[key.slice('isnad.'.length)] = schema.default;
    }
    assert.deepEqual(logic.toServerConfig(raw), { locale: null, debounceMs: 75, rules: {}, inlayHints: true });
  });

  test('commands: restart, fix all and the fact-check review', () => {
    const ids = pkg.contributes.commands.map((c: { command: string }) => c.command);
    assert.deepEqual(ids, ['isnad.restart', 'isnad.fixAll', review.SHOW_REVIEW, review.SHOW_WORKSPACE_REVIEW]);
    for (const c of pkg.contributes.commands) assert.equal(c.category, 'isnad');
    assert.equal(nlsEn['command.restart'], 'Restart server');
    assert.equal(nlsEn['command.fixAll'], 'Fix all in document');
    assert.equal(nlsEn['command.showReview'], 'Show fact-check review');
    assert.equal(nlsAr['command.showReview'], 'عرض مراجعة التدقيق');
    // The server's own command is run through the client, never contributed here.
    assert.ok(!ids.includes(review.REVIEW_COMMAND));
  });

  test('fix-all code action kind', () => {
    assert.equal(pkg.contributes.codeActions[0].actions[0].kind, logic.FIX_ALL_KIND);
  });

  test('the RTL preview style exists and uses unicode-bidi: plaintext', () => {
    assert.deepEqual(pkg.contributes['markdown.previewStyles'], ['./media/preview-rtl.css']);
    assert.equal(pkg.contributes['markdown.markdownItPlugins'], true);
    const css = fs.readFileSync(path.join(root, 'media', 'preview-rtl.css'), 'utf8');
    assert.match(css, /unicode-bidi:\s*plaintext/);
    assert.match(css, /text-align:\s*start/);
    const selector = css.slice(css.indexOf('*/') + 2, css.indexOf('{')).split(',').map((s) => s.trim());
    for (const el of ['p', 'li', 'h1', 'h6', 'blockquote', 'td', 'th']) assert.ok(selector.includes(el), el);
  });

  test('scripts the CI relies on', () => {
    for (const s of ['build', 'test', 'package']) assert.equal(typeof pkg.scripts[s], 'string', s);
    assert.match(pkg.scripts.package, /vsce package --no-dependencies/);
  });
});

describe('translations', () => {
  test('every %placeholder% in package.json exists in English and Arabic', () => {
    const keys = placeholders(pkg);
    assert.ok(keys.length > 30, `found ${keys.length}`);
    for (const k of keys) {
      assert.equal(typeof nlsEn[k], 'string', `package.nls.json lacks ${k}`);
      assert.equal(typeof nlsAr[k], 'string', `package.nls.ar.json lacks ${k}`);
    }
  });

  test('both files have the same keys and none unused', () => {
    const used = new Set(placeholders(pkg));
    assert.deepEqual(Object.keys(nlsAr).sort(), Object.keys(nlsEn).sort());
    for (const k of Object.keys(nlsEn)) assert.ok(used.has(k), `unused key ${k}`);
  });

  test('the Arabic file is in Arabic', () => {
    for (const [k, v] of Object.entries(nlsAr)) {
      assert.match(v, /[\u0600-\u06FF]/, k);
      assert.notEqual(v, nlsEn[k], k);
    }
  });
});

describe('layering', () => {
  test('only extension.ts imports vscode', () => {
    const src = path.join(root, 'src');
    for (const f of fs.readdirSync(src)) {
      const text = fs.readFileSync(path.join(src, f), 'utf8');
      const importsVscode = /from '(vscode|vscode-languageclient[^']*)'/.test(text);
      assert.equal(importsVscode, f === 'extension.ts', f);
    }
  });
});
