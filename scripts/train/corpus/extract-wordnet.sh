#!/usr/bin/env bash
# Rebuilds data/corpus/en-wordnet-examples.txt from Debian's wordnet-base package
# (apt-get install wordnet-base): every quoted example sentence of WordNet 3.0's
# glosses, at least 12 characters long, deduplicated, with a capital first letter and
# a final full stop.
set -euo pipefail
cd /usr/share/wordnet
grep -ho '"[^"]*"' data.noun data.verb data.adj data.adv | sed 's/^"//; s/"$//' | awk 'length($0)>=12' | LC_ALL=C sort -u |
  python3 -c '
import re, sys
for line in sys.stdin:
    line = re.sub(r"\s+", " ", line).strip()
    if not line or line.startswith(";"): continue
    line = line[0].upper() + line[1:]
    if line[-1] not in ".?!": line += "."
    print(line)' > "$OLDPWD/data/corpus/en-wordnet-examples.txt"
