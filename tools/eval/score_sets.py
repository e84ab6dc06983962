#!/usr/bin/env python3
"""Score dev and every read set (or, with --held, the held-out sets) with ../shared/eval/score.py and
print one table: speakers right / wrong / unsure / not listed, false alarms, natural name
inconsistencies found, and planted-fault recall per kind.

usage: python3 tools/eval/score_sets.py BIN OUTDIR [--held] [SET...]
Each set's score.py text and JSON are kept in OUTDIR/SET.txt and OUTDIR/SET.json."""
import json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
import sets as S

args = sys.argv[1:]
if '-h' in args or '--help' in args or len([a for a in args if a != '--held']) < 2:
    sys.exit(__doc__)
held = '--held' in args
args = [a for a in args if a != '--held']
binp, out, names = os.path.abspath(args[0]), os.path.abspath(args[1]), S.expand(args[2:])
if not (os.path.isfile(binp) and os.access(binp, os.X_OK)):
    sys.exit(f"score_sets.py: no executable isnad at {binp} (build it: cargo build --release)")
names = names or (S.held() if held else S.read())
os.makedirs(out, exist_ok=True)


def run(name):
    """Scores set `name` into OUTDIR/name.txt and .json; returns score.py's exit status. A stale
    .json from an earlier run is removed first, so a failed run is never read as this one's."""
    c, g = S.dirs(name)
    for ext in ('.json', '.txt'):
        try:
            os.remove(os.path.join(out, name + ext))
        except FileNotFoundError:
            pass
    cmd = [sys.executable, os.path.join(S.SHARED, 'eval', 'score.py'), '--isnad', binp,
           '--kinds', 'quote,name,credit,translit,space', '--json', os.path.join(out, name + '.json')]
    if name != 'dev':
        cmd += ['--corpus', c, '--gold', g]
    with open(os.path.join(out, name + '.txt'), 'w') as f:
        return subprocess.run(cmd, stdout=f, stderr=subprocess.STDOUT, cwd=S.ROOT).returncode


with ThreadPoolExecutor(2) as ex:
    codes = list(ex.map(run, names))
failed = [n for n, c in zip(names, codes) if c != 0 or not os.path.exists(os.path.join(out, n + '.json'))]
if failed:
    for n in failed:
        sys.stderr.write(f"score.py failed on {n}; its output is in {os.path.join(out, n + '.txt')}\n")
    sys.exit(1)
print(f"{'set':8} {'right':>5} {'wrong':>5} {'unsure':>6} {'nolist':>6} {'total':>5}  FA  nat    quote  name  credit translit space")
T = {}
for s in names:
    d = json.load(open(os.path.join(out, s + '.json')))
    sp, n, p, nv = d['speakers'], d['articles'], d['planted'], d.get('natural_variants', {})
    fa = round(d['false_per_article'] * n)
    right, wrong, unsure = sp.get('right', 0), sp.get('wrong', 0), sp.get('unsure', 0)
    miss = sp['total'] - right - wrong - unsure
    pf = lambda k: f"{p.get(k, {}).get('found', 0)}/{p.get(k, {}).get('planted', 0)}"
    print(f"{s:8} {right:5} {wrong:5} {unsure:6} {miss:6} {sp['total']:5} {fa:3} "
          f"{nv.get('found', 0)}/{nv.get('expected', 0):<4} {pf('quote'):>6} {pf('name'):>7} "
          f"{pf('credit'):>6} {pf('translit'):>6} {pf('space'):>6}")
    for k, v in (('right', right), ('wrong', wrong), ('unsure', unsure), ('nolist', miss),
                 ('total', sp['total']), ('fa', fa)):
        T[k] = T.get(k, 0) + v
print('TOTAL', T)
