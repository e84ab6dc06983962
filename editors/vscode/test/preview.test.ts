import { strict as assert } from 'node:assert';
import Module from 'node:module';
import { describe, test } from 'node:test';
import { dirAutoPlugin } from '../src/preview';

// markdown-it is the renderer of VS Code's Markdown preview (14.x there too).
const MarkdownIt = Module.createRequire(__filename)('markdown-it');
const render = (src: string): string => dirAutoPlugin(new MarkdownIt()).render(src);

describe('markdown-it dir="auto" plugin', () => {
  test('top-level paragraphs and headings get dir="auto"', () => {
    assert.equal(
      render('# دمشق - سانا\n\nقال الوزير إن «المعرض كبير».\n\nEnglish.\n'),
      '<h1 dir="auto">دمشق - سانا</h1>\n<p dir="auto">قال الوزير إن «المعرض كبير».</p>\n<p dir="auto">English.</p>\n',
    );
  });

  test('lists, quotations and tables get it on the container only', () => {
    assert.equal(render('- أولاً\n- ثانياً\n'), '<ul dir="auto">\n<li>أولاً</li>\n<li>ثانياً</li>\n</ul>\n');
    assert.equal(render('1. أولاً\n'), '<ol dir="auto">\n<li>أولاً</li>\n</ol>\n');
    assert.equal(render('> وأضاف: «نعم».\n'), '<blockquote dir="auto">\n<p>وأضاف: «نعم».</p>\n</blockquote>\n');
    const table = render('| الدولة | العدد |\n|---|---|\n| سوريا | 150 |\n');
    assert.match(table, /^<table dir="auto">\n<thead>\n<tr>\n<th>الدولة<\/th>/);
    assert.equal((table.match(/dir=/g) ?? []).length, 1);
  });

  test('code blocks are left alone', () => {
    assert.equal(render('```\nisnad check drafts/\n```\n'), '<pre><code>isnad check drafts/\n</code></pre>\n');
    assert.equal(render('    indented code\n'), '<pre><code>indented code\n</code></pre>\n');
  });

  test('an existing dir attribute is kept', () => {
    const md = new MarkdownIt();
    md.core.ruler.push('preset', (state: { tokens: Array<{ type: string; attrSet(n: string, v: string): void }> }) => {
      for (const t of state.tokens) if (t.type === 'paragraph_open') t.attrSet('dir', 'ltr');
    });
    assert.equal(dirAutoPlugin(md).render('نص\n'), '<p dir="ltr">نص</p>\n');
  });
});
