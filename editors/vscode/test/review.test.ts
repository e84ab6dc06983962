// The review webview's plain logic: command arguments, the CSP, the page.

import { strict as assert } from 'node:assert';
import { describe, test } from 'node:test';
import * as review from '../src/review';

const PAGE =
  '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n<title>مراجعة</title>\n<style>body{color:#222}</style>\n</head>\n<body>\n<h1>مراجعة التدقيق</h1>\n</body>\n</html>\n';

describe('isnad.review arguments', () => {
  test('the active draft, as HTML', () => {
    assert.deepEqual(review.reviewArgs('document', 'file:///desk/a.md'), {
      uri: 'file:///desk/a.md',
      scope: 'document',
      format: 'html',
    });
  });

  test('the workspace, with or without a draft', () => {
    assert.deepEqual(review.reviewArgs('workspace', 'file:///desk/a.md'), {
      uri: 'file:///desk/a.md',
      scope: 'workspace',
      format: 'html',
    });
    assert.deepEqual(review.reviewArgs('workspace', undefined), { scope: 'workspace', format: 'html' });
    assert.equal(JSON.stringify(review.reviewArgs('workspace', undefined)), '{"scope":"workspace","format":"html"}');
  });
});

describe('the review page', () => {
  test('the CSP allows inline styles and nothing else', () => {
    assert.equal(review.REVIEW_CSP, "default-src 'none'; style-src 'unsafe-inline';");
    assert.deepEqual(review.webviewOptions(), { enableScripts: false, enableCommandUris: false, localResourceRoots: [] });
  });

  test('the CSP meta comes first in <head>, the page is kept right to left', () => {
    const out = review.wrapReviewHtml(PAGE);
    const head = out.indexOf('<head>');
    const csp = out.indexOf('<meta http-equiv="Content-Security-Policy"');
    assert.ok(head >= 0 && csp > head && csp < out.indexOf('<meta charset'), out);
    assert.match(out, /<html lang="ar" dir="rtl">/);
    assert.ok(out.includes('<style>body{color:#222}</style>'));
    assert.ok(out.includes('<h1>مراجعة التدقيق</h1>'));
    assert.equal(out.match(/Content-Security-Policy/g)?.length, 1);
  });

  test('scripts and a looser CSP from the page are dropped', () => {
    const evil = PAGE.replace(
      '<head>\n',
      '<head>\n<meta http-equiv="Content-Security-Policy" content="default-src *">\n<script src="x.js"></script>\n',
    ).replace('</body>', '<SCRIPT>alert(1)</SCRIPT></body>');
    const out = review.wrapReviewHtml(evil);
    assert.ok(!/<script/i.test(out), out);
    assert.ok(!out.includes('default-src *'), out);
    assert.equal(out.match(/Content-Security-Policy/g)?.length, 1);
  });

  test('a page without <head>, and text that is not a page', () => {
    const out = review.wrapReviewHtml('<html dir="rtl"><body>نص</body></html>');
    assert.match(out, /^<html dir="rtl">\n<head><meta http-equiv="Content-Security-Policy"/);
    const text = review.wrapReviewHtml('# مراجعة <b>');
    assert.match(text, /<html lang="ar" dir="rtl">/);
    assert.ok(text.includes('# مراجعة &lt;b&gt;'), text);
    assert.ok(text.includes('Content-Security-Policy'));
  });

  test('titles in English and Arabic', () => {
    assert.equal(review.reviewTitle('en', 'document', '/desk/stories/a.md'), 'isnad review — a.md');
    assert.equal(review.reviewTitle('ar', 'document', 'C:\\desk\\a.md'), 'مراجعة إسناد — a.md');
    assert.equal(review.reviewTitle('en', 'workspace', '/desk/a.md'), 'isnad review — workspace');
    assert.equal(review.reviewTitle('ar', 'workspace', undefined), 'مراجعة إسناد — مساحة العمل');
  });
});

describe('refreshing the open review', () => {
  const doc: review.ReviewShown = {
    scope: 'document',
    args: review.reviewArgs('document', 'file:///desk/a.md'),
    draft: 'file:///desk/a.md',
  };
  const ws: review.ReviewShown = { scope: 'workspace', args: review.reviewArgs('workspace', undefined) };

  test('a draft review follows its draft, the workspace review every draft', () => {
    assert.equal(review.refreshesReview(doc, 'file:///desk/a.md', true), true);
    assert.equal(review.refreshesReview(doc, 'file:///desk/b.md', true), false);
    assert.equal(review.refreshesReview(ws, 'file:///desk/b.md', true), true);
    // Not a draft (settings.json, an output channel), or no review open.
    assert.equal(review.refreshesReview(ws, 'file:///desk/settings.json', false), false);
    assert.equal(review.refreshesReview(undefined, 'file:///desk/a.md', true), false);
  });

  /** Timers driven by hand: `tick()` runs what is due. */
  function fakeTimers() {
    let now = 0;
    let next = 0;
    const due = new Map<number, { at: number; fn: () => void }>();
    const timers: review.Timers = {
      set: (fn, ms) => {
        due.set(++next, { at: now + ms, fn });
        return next;
      },
      clear: (h) => {
        due.delete(h as number);
      },
    };
    const tick = async (ms: number) => {
      now += ms;
      for (const [h, t] of [...due].sort((a, b) => a[1].at - b[1].at)) {
        if (t.at <= now) {
          due.delete(h);
          t.fn();
        }
      }
      await new Promise((r) => setImmediate(r));
    };
    return { timers, tick, count: () => due.size };
  }

  test('edits in a burst give one refresh, after the last edit', async () => {
    const t = fakeTimers();
    let runs = 0;
    const d = new review.Debouncer(async () => void runs++, 500, t.timers);
    d.schedule();
    await t.tick(300);
    d.schedule();
    await t.tick(300);
    d.schedule();
    assert.equal(runs, 0);
    assert.equal(d.pending, true);
    await t.tick(499);
    assert.equal(runs, 0);
    await t.tick(1);
    assert.equal(runs, 1);
    assert.equal(d.pending, false);
    await t.tick(1000);
    assert.equal(runs, 1);
  });

  test('an edit during a refresh gives one more refresh after it; cancel drops a pending one', async () => {
    const t = fakeTimers();
    let runs = 0;
    let release: () => void = () => undefined;
    const d = new review.Debouncer(
      () =>
        new Promise<void>((r) => {
          runs++;
          release = r;
        }),
      500,
      t.timers,
    );
    d.schedule();
    await t.tick(500);
    assert.equal(runs, 1);
    // An edit while the first refresh is in flight: its timer fires, but waits for the run.
    d.schedule();
    await t.tick(500);
    assert.equal(runs, 1);
    release();
    await t.tick(0);
    assert.equal(d.pending, true);
    await t.tick(500);
    assert.equal(runs, 2);
    release();
    await t.tick(0);
    d.schedule();
    d.cancel();
    await t.tick(1000);
    assert.equal(runs, 2);
    assert.equal(t.count(), 0);
  });
});
