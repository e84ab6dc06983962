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
