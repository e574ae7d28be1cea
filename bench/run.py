"""`make bench`: run every benchmark script in bench/ and sum their ratios up in one table.

Each script measures zvit next to its peer in the same run (the machine drifts
by ±30 %, so only ratios taken side by side mean anything), prints its own
table, and names its headline figures on lines starting with `<name>:`
(`validate:`, `history:`, ...).  This runner shows each script's output as it
comes, then repeats those headline lines, or, for a script that prints none,
the rows of its table that has a `ratio` column.  A script that does not exist
yet is skipped; one that fails is reported and makes the run fail.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
SCRIPTS = ("bench_validate.py", "bench_docx.py", "bench_history.py", "bench_audit.py")


def headline(name: str, lines: list[str]) -> list[tuple[str, str]]:
    """(case, figure) rows worth repeating in the summary, from one script's output."""
    prefix = name + ":"
    rows = [(name, line[len(prefix) :].strip()) for line in lines if line.startswith(prefix)]
    if rows:
        return rows
    for at, line in enumerate(lines):
        columns = line.split()
        if "ratio" not in columns:
            continue
        # Header words may be two to a column ("add_row loop"): count from the right.
        from_right = len(columns) - columns.index("ratio")
        for row in lines[at + 1 :]:
            cells = row.split()
            if len(cells) < max(2, from_right) or not _is_number(cells[-from_right]):
                break
            rows.append((f"{name} {columns[0]}={cells[0]}", f"ratio {cells[-from_right]}"))
        return rows
    return rows


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def run_script(script: Path) -> tuple[int, list[str], float]:
    """Run one benchmark, echoing its output; its exit code, output lines and duration."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tools")}
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, str(script)], cwd=ROOT, env=env, text=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    assert proc.stdout is not None
    lines = []
    for line in proc.stdout:
        sys.stdout.write("  " + line)
        sys.stdout.flush()
        lines.append(line.rstrip("\n"))
    return proc.wait(), lines, time.perf_counter() - start


def main() -> int:
    summary: list[tuple[str, str]] = []
    failed = []
    for file_name in SCRIPTS:
        script = BENCH / file_name
        name = file_name.removeprefix("bench_").removesuffix(".py")
        if not script.exists():
            print(f"== {file_name}: not written yet, skipped\n")
            continue
        print(f"== {file_name}")
        code, lines, seconds = run_script(script)
        print(f"   ({seconds:.0f} s, exit {code})\n")
        if code != 0:
            failed.append(file_name)
            summary.append((name, f"FAILED (exit {code})"))
        else:
            summary += headline(name, lines) or [(name, "see its output above")]
    print("Summary (ratios measured side by side within each script's run):")
    width = max((len(case) for case, _ in summary), default=0)
    for case, figure in summary:
        print(f"  {case:<{width}}  {figure}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
