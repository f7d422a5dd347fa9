"""Bulk insert into an encrypted database against a plain one, taken in turns.

`make bench` measures the encrypted database after the plain one; on a busy machine the
two halves of that run can see very different loads. This takes the same insert (the
app's bulk path, search index included) plain and encrypted in alternation, ROUNDS
times each, and reports the medians and their ratio (the target is 1.3x at most):

    python tests/benchmarks/bench_encrypted_insert.py 100000 --rounds 3
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, nargs="?", default=20000, help="contacts (20,000)")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()

    from crm_desktop import paths, store
    from crm_desktop.services.sample import generate
    from crm_desktop.store import bulk, cipher

    rows = generate.make_rows(args.n)
    work = Path(tempfile.mkdtemp(prefix="giveback-bench-"))
    took: dict[str, list[float]] = {"plain": [], "encrypted": []}
    try:
        for round_no in range(args.rounds):
            for kind in took:
                folder = work / f"{kind}-{round_no}"
                paths.set_data_dir(folder)
                cipher.use_key(os.urandom(cipher.KEY_BYTES) if kind == "encrypted" else None)
                store.connect(paths.database_path())
                start = time.perf_counter()
                bulk.insert_rows(rows)
                took[kind].append(time.perf_counter() - start)
                store.close()
                shutil.rmtree(folder)
    finally:
        cipher.use_key(None)
        shutil.rmtree(work, ignore_errors=True)
    for kind, seconds in took.items():
        rounds = ", ".join(f"{s:.2f}" for s in seconds)
        print(f"{kind:>9}: median {statistics.median(seconds):.2f} s ({rounds})")
    ratio = statistics.median(took["encrypted"]) / statistics.median(took["plain"])
    print(f"encrypted / plain at N = {args.n:,}: {ratio:.2f}x (target 1.3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
