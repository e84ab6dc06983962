#!/usr/bin/env python3
"""Speakers right, wrong and unsure per `via` (how isnad found each speaker: `isnad report --format
json`, each quotation's "via") against the gold of one or more corpora.

usage: python3 tools/via_eval.py BIN CORPUS GOLD [CORPUS GOLD ...] [--show VIA[,VIA...]]

Quotations are matched to the gold the way ../shared/eval/score.py matches them (its functions are
imported: a gold quotation of attributed speech is found by its `quote` text, the opening mark and
its first characters, and matched to the report's quotation whose `start`, the byte offset of the
opening mark, is at that character offset) and judged by the same rule: unsure when isnad says
it is attributed but names nobody; right when the speaker shares a name word with the gold speaker
and carries no word that runs past it; wrong otherwise (also when isnad calls it unattributed:
via "unattributed"); missing when the report does not list it. Prints one row per via: right,
wrong, unsure (and the wrong share of the named answers), then the totals per corpus and over
all. --show lists the wrong and unsure rows of the given vias (or "all"). Never run it on a
held-out set (those in tools/eval/held_out.txt, anything under /work/heldout)."""
import glob, os, sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', '..', 'shared', 'eval'))
sys.path.insert(0, '/work/shared/eval')
sys.path.insert(0, os.path.join(HERE, 'eval'))
from sets import held  # noqa: E402  (tools/eval/held_out.txt)
HELD = set(held())
import score  # noqa: E402  (the scorer's matching and judging rules)


def judge(q, g):
    """The verdict of report quotation `q` (or None) on gold quotation `g`, as score.py gives it."""
    if q is None:
        return 'missing', ''
    said = score.speaker_text(q.get('speaker'))
    if q.get('attributed') and not said.strip():
        return 'unsure', said
    right = q.get('attributed') and score.name_words(said) & score.name_words(g.get('speaker')) \
        and not score.junk_words(said, g.get('speaker'))
    return ('right' if right else 'wrong'), said


def run(binp, corpus, gold, table, show, shown):
    """Adds the verdicts of `corpus` (judged on `gold`) to `table` (via -> Counter); returns this
    corpus's Counter of verdicts."""
    paths = sorted(glob.glob(os.path.join(corpus, '*.txt')))
    reports = score.run_report(binp, paths)
    if reports is None:
        sys.exit(f'{binp} report --format json gave no usable JSON on {corpus}')
    total = Counter()
    for path in paths:
        gpath = os.path.join(gold, os.path.basename(path)[:-4] + '.json')
        if not os.path.exists(gpath):
            continue
        g_all = score.json.load(open(gpath))
        text = open(path, encoding='utf-8').read()
        mine = {q['cs']: q for q in reports.get(os.path.realpath(path), [])}
        for g in g_all.get('quotes', []):
            if not (g.get('speech') and g.get('attributed')):
                continue
            i = text.find(g['quote'])
            if i < 0:
                continue
            q = mine.get(i)
            verdict, said = judge(q, g)
            via = 'missing' if q is None else (q.get('via') or 'unattributed')
            table[via][verdict] += 1
            total[verdict] += 1
            if (verdict in ('wrong', 'unsure') or os.environ.get('VIA_SHOW_RIGHT')) \
                    and (via in show or 'all' in show):
                shown.append(f'{verdict:7} {via:28} {os.path.basename(corpus)}/{os.path.basename(path)}  '
                             f'{g["quote"][:30]!r}  isnad: {said[:40]!r}  gold: {(g.get("speaker") or "")[:40]!r}')
    return total


def main(argv):
    show = set()
    if '--show' in argv:
        k = argv.index('--show')
        show = set(argv[k + 1].split(',')) if k + 1 < len(argv) else {'all'}
        argv = argv[:k] + argv[k + 2:]
    if len(argv) < 4 or len(argv) % 2 != 0 or argv[1] in ('-h', '--help'):
        print(__doc__)
        return 0 if len(argv) > 1 and argv[1] in ('-h', '--help') else 2
    binp = argv[1]
    pairs = list(zip(argv[2::2], argv[3::2]))
    for corpus, _ in pairs:
        if os.path.basename(os.path.normpath(corpus)) in HELD or 'heldout' in corpus:
            sys.exit(f'{corpus}: held out, not to be measured here')
    table = defaultdict(Counter)
    shown = []
    totals = []
    for corpus, gold in pairs:
        totals.append((corpus, run(binp, corpus, gold, table, show, shown)))
    print(f'{"via":28} {"right":>6} {"wrong":>6} {"unsure":>6} {"missing":>7} {"wrong/named":>11}')
    for via, c in sorted(table.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        named = c['right'] + c['wrong']
        share = f'{c["wrong"] / named:.2f}' if named else '-'
        print(f'{via:28} {c["right"]:6} {c["wrong"]:6} {c["unsure"]:6} {c["missing"]:7} {share:>11}')
    all_c = Counter()
    for corpus, c in totals:
        all_c.update(c)
        print(f'total {os.path.basename(corpus.rstrip("/")):10} right {c["right"]} wrong {c["wrong"]} '
              f'unsure {c["unsure"]} missing {c["missing"]}')
    print(f'total {"all":10} right {all_c["right"]} wrong {all_c["wrong"]} unsure {all_c["unsure"]} '
          f'missing {all_c["missing"]}')
    for line in shown:
        print(line)
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
