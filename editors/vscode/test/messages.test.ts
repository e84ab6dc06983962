import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import { arabicPlural, messages, statusView } from '../src/messages';

describe('status bar', () => {
  test('English counts', () => {
    assert.deepEqual(statusView('en', 'running', { errors: 0, warnings: 3 }), {
      text: 'isnad: 3 $(warning)',
      tooltip: 'isnad: 3 warnings in this draft. Click to open the Problems panel.',
    });
    assert.deepEqual(statusView('en', 'running', { errors: 1, warnings: 1 }), {
      text: 'isnad: 1 $(error) 1 $(warning)',
      tooltip: 'isnad: 1 error and 1 warning in this draft. Click to open the Problems panel.',
    });
    assert.deepEqual(statusView('en', 'running', { errors: 2, warnings: 0 }), {
      text: 'isnad: 2 $(error)',
      tooltip: 'isnad: 2 errors in this draft. Click to open the Problems panel.',
    });
  });

  test('a clean draft shows a check mark', () => {
    assert.deepEqual(statusView('en', 'running', { errors: 0, warnings: 0 }), {
      text: 'isnad: $(check)',
      tooltip: 'isnad: no errors or warnings in this draft.',
    });
    assert.deepEqual(statusView('ar', 'running', { errors: 0, warnings: 0 }), {
      text: 'إسناد: $(check)',
      tooltip: 'إسناد: لا أخطاء ولا تحذيرات في هذه المسودة.',
    });
  });

  test('Arabic counts with Arabic plural forms', () => {
    assert.deepEqual(statusView('ar', 'running', { errors: 0, warnings: 3 }), {
      text: 'إسناد: 3 $(warning)',
      tooltip: 'إسناد: 3 تحذيرات في هذه المسودة. انقر لفتح لوحة المشكلات.',
    });
    assert.equal(
      statusView('ar', 'running', { errors: 1, warnings: 2 }).tooltip,
      'إسناد: خطأ واحد وتحذيران في هذه المسودة. انقر لفتح لوحة المشكلات.',
    );
    assert.equal(
      statusView('ar', 'running', { errors: 2, warnings: 11 }).tooltip,
      'إسناد: خطآن و11 تحذيرًا في هذه المسودة. انقر لفتح لوحة المشكلات.',
    );
    assert.equal(
      statusView('ar', 'running', { errors: 0, warnings: 100 }).tooltip,
      'إسناد: 100 تحذير في هذه المسودة. انقر لفتح لوحة المشكلات.',
    );
  });

  test('server states replace the counts', () => {
    assert.equal(statusView('en', 'starting', { errors: 5, warnings: 5 }).text, 'isnad: $(sync~spin)');
    assert.equal(statusView('en', 'missing', { errors: 0, warnings: 0 }).text, 'isnad: $(circle-slash)');
    assert.equal(
      statusView('ar', 'missing', { errors: 0, warnings: 0 }).tooltip,
      'إسناد: لم يُعثر على خادم اللغة. انقر لمعرفة طريقة التثبيت.',
    );
    assert.equal(statusView('en', 'stopped', { errors: 0, warnings: 0 }).text, 'isnad: $(debug-disconnect)');
  });
});

describe('Arabic plurals', () => {
  test('match CLDR (Intl.PluralRules) for 0..1000', () => {
    const rules = new Intl.PluralRules('ar');
    for (let n = 0; n <= 1000; n++) assert.equal(arabicPlural(n), rules.select(n), `n = ${n}`);
  });

  test('error and warning phrases', () => {
    const ar = messages('ar');
    assert.deepEqual(
      [1, 2, 3, 10, 11, 99, 100, 101, 103].map(ar.errors),
      ['خطأ واحد', 'خطآن', '3 أخطاء', '10 أخطاء', '11 خطأً', '99 خطأً', '100 خطأ', '101 خطأ', '103 أخطاء'],
    );
    assert.deepEqual(
      [1, 2, 5, 25].map(ar.warnings),
      ['تحذير واحد', 'تحذيران', '5 تحذيرات', '25 تحذيرًا'],
    );
  });
});

describe('notifications', () => {
  test('the missing-server message and its buttons exist in both languages', () => {
    const en = messages('en');
    const ar = messages('ar');
    assert.equal(en.howToInstall, 'How to install');
    assert.equal(ar.howToInstall, 'طريقة التثبيت');
    assert.match(en.notOnPath, /not found on PATH/);
    assert.match(en.notOnPath, /isnad\.path/);
    assert.match(ar.notOnPath, /isnad\.path/);
    assert.equal(en.settingNotFound('/x/isnad'), 'isnad: the server set in `isnad.path` was not found: /x/isnad');
    assert.equal(ar.settingNotFound('/x/isnad'), 'إسناد: لم يُعثر على الخادم المحدد في الإعداد isnad.path: /x/isnad');
  });

  test('every message is translated (no English left in the Arabic table)', () => {
    const en = messages('en') as unknown as Record<string, unknown>;
    const ar = messages('ar') as unknown as Record<string, unknown>;
    assert.deepEqual(Object.keys(ar).sort(), Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      const e = en[key];
      const a = ar[key];
      const es = typeof e === 'function' ? (e as (x: unknown) => string)(7) : String(e);
      const as = typeof a === 'function' ? (a as (x: unknown) => string)(7) : String(a);
      assert.notEqual(as, es, key);
      assert.match(as, /[\u0600-\u06FF]/, `${key} has Arabic letters`);
    }
  });
});
