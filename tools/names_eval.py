#!/usr/bin/env python3
"""The names table of the review sheet (`isnad report --format json`, each story's `names`) against
the gold names of a corpus (every proper name the gold lists, mentioned twice or more).

usage: python3 tools/names_eval.py target/release/isnad ../shared/corpus/dev ../shared/corpus/dev-gold [--show]

A name isnad lists with two or more mentions is counted as a gold name when one of its spellings
(harakat and tatweel removed) equals a gold form, a word of the gold entity, or contains or is
contained in a gold form of three letters or more; otherwise it is "not a gold name" (some of those
are names the gold leaves out: read the article before calling one false). A gold name no listed
name matches is "not listed". Prints precision and recall; --show lists the false and the missed.
Never run --show on a held-out set (tests/data/probe4, probe5): totals only."""
import json, subprocess, sys, os, re
binp, corpus, gold = sys.argv[1:4]; show = '--show' in sys.argv
HAR = re.compile('[\u064b-\u0652\u0640]')
def norm(s): return HAR.sub('', s).strip()
tp = fp = fn = found = 0; falses = []; misses = []
for f in sorted(os.listdir(corpus)):
    if not f.endswith('.txt'): continue
    g = os.path.join(gold, f[:-4] + '.json')
    if not os.path.exists(g): continue
    gd = json.load(open(g))
    gnames = [n for n in gd['names'] if sum(n['forms'].values()) >= 2]
    out = subprocess.run([binp, 'report', '--format', 'json', os.path.join(corpus, f)], capture_output=True, text=True).stdout
    try: st = json.loads(out)['stories'][0]
    except Exception: continue
    mine = [n for n in st.get('names', []) if n['mentions'] >= 2]
    def words_of(n): return {norm(w) for w in n['entity'].split()} | {norm(x) for x in n['forms']}
    used = set()
    for n in mine:
        sp = [norm(s['text']) for s in n['spellings']]
        hit = None
        for i, gn in enumerate(gnames):
            ws = words_of(gn)
            forms = {norm(x) for x in gn['forms']} | {norm(gn['entity'])}
            if any(s in forms or s in ws or any(s in x or x in s for x in forms if len(x) > 2) for s in sp):
                hit = i; break
        if hit is None:
            fp += 1; falses.append((f, n['preferred'], n['kind'], n['mentions']))
        else:
            tp += 1; used.add(hit)
    found += len(used)
    for i, gn in enumerate(gnames):
        if i not in used:
            fn += 1; misses.append((f, gn['entity'], gn['kind'], dict(gn['forms'])))
print(f"names listed (>=2 mentions): {tp+fp}, matching a gold name: {tp}, not a gold name: {fp} (precision {tp/max(tp+fp,1):.3f}); gold names (>=2 mentions) not listed: {fn} of {found+fn} (recall {found/max(found+fn,1):.3f})")
if show:
    for x in falses: print('FALSE', *x)
    for x in misses: print('MISS', *x)
