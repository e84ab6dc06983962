#!/usr/bin/env python3
"""What the review sheet lists each span the gold marks as not speech as: its `kind` (speech,
partial, text, name) or `unlisted`.

usage: python3 tools/eval/quote_kinds.py BIN [--show KIND] [SET...]   (default: dev and the read sets)
--show KIND prints each such span listed as KIND with 50 characters before it; refused on held-out sets."""
import json, os, sys
from collections import Counter
import sets as S

args = sys.argv[1:]
binp = args.pop(0)
show = None
if args[:1] == ['--show']:
    show = args[1]
    args = args[2:]
names = S.expand(args) or S.read()
if show:
    S.refuse_details(names)
C = Counter()
for s in names:
    arts = [(p, g) for p, g in S.articles(s) if g]
    rep = S.score.run_report(binp, [p for p, _ in arts])
    for p, gp in arts:
        gold = json.load(open(gp))
        text = open(p, encoding='utf-8').read()
        mine = {q['cs']: q for q in rep.get(os.path.realpath(p), [])}
        for q in gold.get('quotes', []):
            if q.get('speech'):
                continue
            i = text.find(q['quote'])
            if i < 0:
                continue
            m = mine.get(i)
            kind = 'unlisted' if m is None else str(m.get('kind'))
            C[kind] += 1
            if show and kind == show:
                before = text[max(0, i - 50):i].replace('\n', ' ¶ ')
                after = text[i + len(q['quote']):i + len(q['quote']) + 20].replace('\n', ' ¶ ')
                print(s, os.path.basename(p), '|', before, '>>', q['quote'][:40], '<<', after)
print(dict(C), sum(C.values()))
