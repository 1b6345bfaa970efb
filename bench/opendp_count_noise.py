"""The counting-and-noise step of an anonymizer release with OpenDP's Python package.

Run by `cargo bench -p anonymizer --bench count_noise -- --python PY` (see bench/count_noise.sh),
which streams the same plaintext synthetic records over stdin (one per line:
member_state,sector,attack_vector,incident_class,actor_type,loss_band,loss_eur,jobs_at_risk as
indices and integers) and passes the tables with their noise scales as JSON in argv[1]. Timed:
projecting every record to each table's cell, counting by category over the full domain and
adding discrete Laplace noise (sums: noise on clamped per-cell sums) — the same work as the Rust
side. Parsing the input is not timed.
"""
import json
import sys
import time

import opendp.prelude as dp

dp.enable_features("contrib")

COLUMNS = ["member_state", "sector", "attack_vector", "incident_class", "actor_type", "loss_band"]


def main():
    tables = json.loads(sys.argv[1])
    rows = [tuple(int(v) for v in line.split(",")) for line in sys.stdin]
    n = len(rows)
    start = time.perf_counter()
    cells = 0
    for t in tables:
        cols = [COLUMNS.index(d) for d in t["dims"]]
        sizes = t["sizes"]
        # Table cell of every record (row-major, first dimension slowest).
        index = []
        for r in rows:
            c = 0
            for col, size in zip(cols, sizes):
                c = c * size + r[col]
            index.append(c)
        width = 1
        for s in sizes:
            width *= s
        if t["value"] == "count":
            meas = dp.t.make_count_by_categories(
                dp.vector_domain(dp.atom_domain(T=dp.u32)),
                dp.symmetric_distance(),
                categories=list(range(width)),
                null_category=False,
            ) >> dp.m.then_laplace(t["scale"])
            noisy = meas(index)
        else:
            pos = 6 if t["value"] == "loss" else 7
            bound = t["bound"]
            sums = [0] * width
            for c, r in zip(index, rows):
                sums[c] += min(r[pos], bound)
            meas = dp.m.make_laplace(
                dp.vector_domain(dp.atom_domain(T=dp.i64)), dp.l1_distance(T=dp.i64), t["scale"]
            )
            noisy = meas(sums)
        cells += len(noisy)
    elapsed = time.perf_counter() - start
    print(f"python (opendp {dp.__version__ if hasattr(dp, '__version__') else 'package'}): count and noise over {n} records, {cells} cells: {elapsed:.3f} s")


if __name__ == "__main__":
    main()
