"""The evaluation sets and the paths the eval scripts share.

A set is `dev` (../shared/corpus/dev with ../shared/corpus/dev-gold) or a folder `tests/data/NAME`
with its gold in `tests/data/NAME-gold`. The read sets are dev and every tests/data set with a gold
folder that is not named in held_out.txt; `read` and `held` stand for those lists on a command line.
The scorer itself is ../shared/eval/score.py, imported as `score`."""
import os, re, sys, glob

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.path.normpath(os.path.join(ROOT, '..', 'shared'))
sys.path.insert(0, os.path.join(SHARED, 'eval'))
import score  # noqa: E402  (../shared/eval/score.py: run_report, speaker_text, name_words, junk_words)


def held():
    """The held-out set names, from held_out.txt (comments and blank lines skipped)."""
    with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'held_out.txt')) as f:
        return [l.strip() for l in f if l.strip() and not l.startswith('#')]


def read():
    """dev and every tests/data set with a gold folder that is not held out, in numeric order."""
    h = set(held())
    names = [os.path.basename(p)[:-5] for p in glob.glob(os.path.join(ROOT, 'tests', 'data', '*-gold'))]
    key = lambda n: (re.sub(r'\d+$', '', n), int(re.sub(r'^\D+', '', n) or 0))
    return ['dev'] + sorted((n for n in names if n not in h), key=key)


def expand(args):
    """Command-line set names with `read` and `held` expanded."""
    return [x for a in args for x in (read() if a == 'read' else held() if a == 'held' else [a])]


def dirs(name):
    """(articles folder, gold folder) of a set."""
    if name == 'dev':
        return os.path.join(SHARED, 'corpus', 'dev'), os.path.join(SHARED, 'corpus', 'dev-gold')
    d = os.path.join(ROOT, 'tests', 'data', name)
    return d, d + '-gold'


def articles(name):
    """The set's article paths, sorted, each with its gold path (None when it has no gold)."""
    c, g = dirs(name)
    out = []
    for p in sorted(glob.glob(os.path.join(c, '*.txt'))):
        gp = os.path.join(g, os.path.basename(p)[:-4] + '.json')
        out.append((p, gp if os.path.exists(gp) else None))
    return out


def refuse_details(names):
    """Exit with a message when a held-out set is asked for details (totals only for those)."""
    bad = sorted(set(names) & set(held()))
    if bad:
        sys.exit(f'held out: {" ".join(bad)}: totals only (score_sets.py --held); no details')
