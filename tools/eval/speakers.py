#!/usr/bin/env python3
"""Every attributed speech quotation's speaker verdict, judged as ../shared/eval/score.py judges it
(right when isnad's speaker shares a name word with the gold's and runs into no junk word).

usage: python3 tools/eval/speakers.py BIN SET...             every verdict that is not right
       python3 tools/eval/speakers.py --diff OLD NEW SET...  every speaker that changed between two binaries
SET is dev, a tests/data set name, or `read`. Held-out sets are refused (totals only)."""
import json, os, sys
from collections import Counter
import sets as S


def verdicts(binp, name):
    """{(set, file, byte offset of the quotation): (verdict, isnad's speaker, gold speaker, quote, cue)}."""
    arts = [(p, g) for p, g in S.articles(name) if g]
    rep = S.score.run_report(binp, [p for p, _ in arts])
    out = {}
    for p, gp in arts:
        gold = json.load(open(gp))
        text = open(p, encoding='utf-8').read()
        mine = {q['cs']: q for q in rep.get(os.path.realpath(p), [])}
        for q in gold.get('quotes', []):
            if not (q.get('speech') and q.get('attributed')):
                continue
            i = text.find(q['quote'])
            if i < 0:
                continue
            m = mine.get(i)
            if m is None:
                v, said = 'missing', ''
            else:
                said = S.score.speaker_text(m.get('speaker'))
                if m.get('attributed') and not said.strip():
                    v = 'unsure'
                else:
                    ok = (m.get('attributed') and S.score.name_words(said) & S.score.name_words(q.get('speaker'))
                          and not S.score.junk_words(said, q.get('speaker')))
                    v = 'right' if ok else 'wrong'
            out[(name, os.path.basename(p), i)] = (v, said, q.get('speaker') or '', q['quote'][:30], q.get('cue') or '')
    return out


args = sys.argv[1:]
diff = bool(args) and args[0] == '--diff'
old, new, names = (args[1], args[2], args[3:]) if diff else (None, args[0], args[1:])
names = S.expand(names)
S.refuse_details(names)
moves = Counter()
for s in names:
    b = verdicts(new, s)
    a = verdicts(old, s) if diff else None
    for k, (v, said, gold, q, cue) in b.items():
        if diff:
            va, sa = a[k][0], a[k][1]
            if (va, sa) == (v, said):
                continue
            moves[f'{va}->{v}'] += 1
            print(f'{va:7}->{v:7} {k[0]} {k[1]} {q!r} isnad: {sa[:35]!r} -> {said[:35]!r} gold: {gold[:35]!r}')
        elif v != 'right':
            moves[v] += 1
            print(f'{v:7} {k[0]} {k[1]} {q!r} isnad: {said[:40]!r} gold: {gold[:40]!r} cue: {cue[:40]!r}')
print(dict(moves))
