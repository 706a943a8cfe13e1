#!/usr/bin/env python3
"""Generates the xAPI exports of a large training day for scripts/bench (not a test).

Usage: generate_xapi.py TEMPLATES.json LEARNERS OUTDIR

TEMPLATES.json is a real `meldsim export --format xapi` of a few attempts per case. Every
learner gets, for every case in it, a copy of one template attempt (picked at random, seeded)
with their own account name, a fresh registration and fresh statement ids: the shapes are
meldsim's own, only the people are made up. One file per learner, as one laptop would export.
"""
import json
import os
import random
import sys
import uuid


def main():
    templates, learners, outdir = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    statements = json.load(open(templates, encoding='utf-8'))
    attempts = {}
    for s in statements:
        attempts.setdefault(s['context']['registration'], []).append(s)
    by_case = {}
    for reg, stmts in attempts.items():
        if any(s['verb']['id'].endswith('/completed') for s in stmts):
            case = next(s for s in stmts if s['verb']['id'].endswith('/completed'))['object']['id']
            by_case.setdefault(case, []).append(stmts)
    rng = random.Random(4821)
    os.makedirs(outdir, exist_ok=True)
    for n in range(1, learners + 1):
        name = f'{rng.getrandbits(128):032x}'
        out = []
        for case in sorted(by_case):
            registration = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            for s in rng.choice(by_case[case]):
                c = json.loads(json.dumps(s))
                c['id'] = str(uuid.UUID(int=rng.getrandbits(128), version=4))
                c['actor']['account']['name'] = name
                c['actor'].pop('name', None)
                c['context']['registration'] = registration
                out.append(c)
        with open(os.path.join(outdir, f'learner-{n:04d}.json'), 'w', encoding='utf-8') as f:
            json.dump(out, f, ensure_ascii=False, separators=(',', ':'))
    print(f'{learners} learners x {len(by_case)} cases')


if __name__ == '__main__':
    main()
