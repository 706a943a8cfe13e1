#!/usr/bin/env python3
"""Writes a valid scenario of N scenes (default 10,000) for scripts/bench.

Scene i offers three options: on to i+1 (2 points), on to i+1 (1 point) and
a jump to i+2 (0 points), so the number of paths grows like Fibonacci (a number
of about 4,000 digits at 10,000 scenes): `meldsim check` counts them exactly over
its state graph, and the benchmark measures the loader and the checker together.
"""
import sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
steps = ["signalen", "consultatie", "gesprek", "wegen", "beslissen"]
out = sys.stdout
out.write("return {\n format = 1, id = 'bench', title = 'Bench', language = 'nl',\n"
          " audience = 'Benchmark', summary = 'Gegenereerd', minutes = 240, version = '1',\n"
          " start = 's1',\n scenes = {\n")
for i in range(1, n + 1):
    nxt = f"s{i + 1}" if i < n else "einde"
    jump = f"s{i + 2}" if i + 2 <= n else "einde"
    actors = "actors = { 'school' }, " if i == 1 else ""
    out.write(f"  {{ id = 's{i}', step = '{steps[i % 5]}', text = 'Scène {i}: wat doe je?', choices = {{\n"
              f"    {{ text = 'Het beste', next = '{nxt}', points = 2, {actors}feedback = 'Goed.' }},\n"
              f"    {{ text = 'Redelijk', next = '{nxt}', points = 1, feedback = 'Kan beter.' }},\n"
              f"    {{ text = 'Overslaan', next = '{jump}', points = 0, feedback = 'Niet doen.' }} }} }},\n")
out.write(" },\n endings = { { id = 'einde', title = 'Einde', text = 'Klaar.', outcome = 'geen_vermoeden',\n"
          "   route = { 'school' }, debrief = 'Klaar.' } },\n}\n")
