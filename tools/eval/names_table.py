#!/usr/bin/env python3
"""The review sheet's person rows (mentioned twice or more) against the gold persons.

usage: python3 tools/eval/names_table.py BIN [--show] SET...   (SET: dev, a tests/data set, or `read`)
people = person rows; gold = gold persons; junk = rows matching no gold person; missed = gold persons
with no row; split = gold persons matched by 2+ rows; merged = rows matching 2+ gold persons. A row
matches a gold person when a name word of its spellings or full name (3+ letters after hamza, ta
marbuta and alef maqsura are folded and the article is taken off; بن، بنت، ابن، أبو، آل، ولد and عبد
left out) is a word of the gold entity or its forms. --show lists each junk, missed, split and
merged row; it is refused on held-out sets."""
import json, re, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
import sets as S

STOP = set('عبد أبو ابو بن بنت ابن آل ولد'.split())


def norm(w):
    w = re.sub('[\u064b-\u0652\u0640]', '', w)
    w = w.replace('أ', 'ا').replace('إ', 'ا').replace('آ', 'ا').replace('ة', 'ه').replace('ى', 'ي')
    return w[2:] if w.startswith('ال') and len(w) > 4 else w


def words(s):
    return {norm(w) for w in re.findall(r'[\u0621-\u064a\u0640\u064b-\u0652]+', s or '')
            if len(norm(w)) >= 3 and norm(w) not in STOP}


def rows_of(binp, p):
    out = subprocess.run([binp, 'report', '--format', 'json', p], capture_output=True).stdout
    try:
        d = json.loads(out)
    except ValueError:
        return []
    return [n for st in d.get('stories', []) for n in st.get('names', [])
            if n.get('kind') == 'person' and n.get('mentions', 0) >= 2]


args = sys.argv[1:]
binp = args.pop(0)
show = '--show' in args
names = S.expand([a for a in args if a != '--show'])
if show:
    S.refuse_details(names)
arts = [(p, g) for n in names for p, g in S.articles(n) if g]
T = dict(people=0, gold=0, junk=0, missed=0, split=0, merged=0)
with ThreadPoolExecutor(4) as ex:
    for (p, gp), rows in zip(arts, ex.map(lambda a: rows_of(binp, a[0]), arts)):
        rel = p.replace(S.ROOT + '/', '').replace(S.SHARED + '/', '')
        gper = [g for g in json.load(open(gp)).get('names', []) if g.get('kind') == 'person']
        gw = [words(g['entity']) | set().union(*[words(f) for f in g.get('forms', {})]) for g in gper]
        T['people'] += len(rows)
        T['gold'] += len(gper)
        hits = [0] * len(gper)
        for r in rows:
            rw = (words(r.get('full_name') or '') | words(r.get('preferred', ''))
                  | set().union(*[words(s['text']) for s in r.get('spellings', [])]))
            m = [i for i, w in enumerate(gw) if rw & w]
            if not m:
                T['junk'] += 1
                if show:
                    print('junk  ', rel, r.get('preferred'), '|', r.get('full_name'))
            elif len({gper[i]['entity'] for i in m}) > 1:
                T['merged'] += 1
                if show:
                    print('merged', rel, r.get('preferred'), '|', [gper[i]['entity'] for i in m])
            for i in m:
                hits[i] += 1
        for i, h in enumerate(hits):
            if h == 0:
                T['missed'] += 1
                if show:
                    print('missed', rel, gper[i]['entity'])
            elif h > 1:
                T['split'] += 1
                if show:
                    print('split ', rel, gper[i]['entity'], h)
print(T)
