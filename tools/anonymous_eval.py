#!/usr/bin/env python3
"""The review sheet's anonymous sources (`isnad report --format json`, each story's `anonymous`)
against the gold's `anonymous` phrases of a corpus (ANNOTATION.md: exact phrases of unnamed sourcing).

usage: python3 tools/anonymous_eval.py target/release/isnad ../shared/corpus/dev ../shared/corpus/dev-gold [--show]

A gold phrase is found when a phrase isnad lists in the same story contains it or is contained in it
(each listed phrase answers one gold phrase); a listed phrase that answers none is "extra" (read the
article before calling one false: the gold leaves some unnamed sources out). Prints found / gold and
the extras; --show lists the missed and the extra phrases. Never run --show on a held-out set
(tests/data/probe4, probe5): totals only."""
import json, os, subprocess, sys

if len(sys.argv) < 4 or sys.argv[1] in ('-h', '--help'):
    print(__doc__)
    sys.exit(0 if len(sys.argv) > 1 and sys.argv[1] in ('-h', '--help') else 2)
binp, corpus, gold = sys.argv[1:4]
show = '--show' in sys.argv
out = subprocess.run([binp, 'report', '--format', 'json', corpus], capture_output=True, text=True).stdout
found = missed = extra = 0
misses, extras = [], []
for story in json.loads(out)['stories']:
    name = os.path.basename(story['path'])
    g = os.path.join(gold, name[:-4] + '.json')
    if not name.endswith('.txt') or not os.path.exists(g):
        continue
    wanted = [a if isinstance(a, str) else a.get('text', '') for a in json.load(open(g)).get('anonymous', [])]
    listed = [a.get('text', '') if isinstance(a, dict) else a for a in story.get('anonymous', [])]
    used = set()
    for w in wanted:
        hit = next((i for i, o in enumerate(listed) if i not in used and (w in o or o in w)), None)
        if hit is None:
            missed += 1
            misses.append((name, w))
        else:
            found += 1
            used.add(hit)
    for i, o in enumerate(listed):
        if i not in used:
            extra += 1
            extras.append((name, o))
total = found + missed
print(f'anonymous sources: {found}/{total} gold phrases found ({found / max(total, 1):.2f}), {extra} extra')
if show:
    for n, w in misses:
        print(f'missed  {n}  {w}')
    for n, o in extras:
        print(f'extra   {n}  {o}')
