#!/usr/bin/env python3
"""Derives en-verbs.tsv from Open English Wordnet's YAML sources.

    python3 make_en_verbs.py PATH/TO/english-wordnet/src/yaml > en-verbs.tsv

Keeps every one-word verb lemma (letters and inner hyphens only), with how many verb
and noun senses Open English Wordnet gives the word, and the irregular verb forms
it lists (`form:`), which regular morphology cannot derive ("built", "ran").
"""
import re
import sys
from pathlib import Path

import yaml

WORD = re.compile(r"^[a-z]+(-[a-z]+)*$")


def main(src: Path) -> None:
    rows = {}
    for path in sorted(src.glob("entries-*.yaml")):
        with path.open(encoding="utf-8") as f:
            data = yaml.load(f, Loader=yaml.CSafeLoader)
        for lemma, by_pos in data.items():
            if not isinstance(lemma, str) or not WORD.match(lemma):
                continue
            verb = by_pos.get("v")
            if not verb:
                continue
            nouns = by_pos.get("n") or {}
            forms = sorted(
                {f for f in verb.get("form", []) if isinstance(f, str) and WORD.match(f)}
            )
            rows[lemma] = (len(verb.get("sense", [])), len(nouns.get("sense", [])), forms)
    print("# lemma\tverb senses\tnoun senses\tirregular forms")
    for lemma in sorted(rows):
        v, n, forms = rows[lemma]
        print(f"{lemma}\t{v}\t{n}\t{','.join(forms)}".rstrip("\t"))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
