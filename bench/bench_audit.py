"""How long `zvit audit` takes on a big reporting repository, next to a bare `git log --raw`.

Run from the repository root: `PYTHONPATH=tools .venv/bin/python bench/bench_audit.py`.
Builds (with `git fast-import`, a few seconds) a repository of 30 units × 4 quarters
× 5 years of reports and 10,000 commits, as a forge's pull requests leave it: every
edit is a commit on a branch merged into main (a merge commit), so the history is
a graph, not a line. Each report is edited 8 times, submitted (an annotated tag
with the record `zvit submit` writes) after its 6th edit, and edited twice after
submission, the second time with an `amendments` entry.
Then times `zvit audit --year <last>` (text and docx, best of 3, a fresh process
each time, as a user runs it) beside `git log --raw` over reports/ on the same
repository: the least any audit of the history must read.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UNITS = [f"u{n:02d}" for n in range(1, 31)]
YEARS = range(2015, 2020)
MEASURES = [f"I.{n}" for n in range(1, 31)]
EDITS, SUBMITTED_AT = 8, 6
REPEATS = 3
FILLER = 10_000 - len(UNITS) * len(YEARS) * 4 * EDITS * 2 - 1  # programme edits, to reach 10,000 commits


def programme(year: int, revision: int = 0) -> str:
    units = "".join(f"  {u}:\n    name: Підрозділ {u} облдержадміністрації\n" for u in UNITS)
    measures = "".join(
        f"      - id: {m}\n        title: Захід {m}, редакція {revision}\n        deadline: постійно\n"
        f"        due:\n          kind: continuous\n        responsible: [sp]\n"
        for m in MEASURES
    )
    return (
        f"id: bench-{year}\ntitle: Антикорупційна програма на {year} рік\nyear: {year}\n"
        f"units:\n{units}groups:\n  sp:\n    name: структурні підрозділи\n    members: [{', '.join(UNITS)}]\n"
        f"sections:\n  - id: I\n    printed: І\n    title: Заходи\n    measures:\n{measures}"
    )


def report(unit: str, year: int, quarter: int, edit: int) -> str:
    lines = [f"programme: bench-{year}", f"unit: {unit}", f"year: {year}", f"quarter: {quarter}", "measures:"]
    for i, measure in enumerate(MEASURES):
        version = edit if i == edit % len(MEASURES) else 0
        lines.append(
            f"  {measure}: Проведено роз’яснювальну роботу з працівниками ({version}); "
            f"порушень антикорупційного законодавства у {quarter} кварталі {year} року не виявлено."
        )
    amended = [e for e in range(SUBMITTED_AT, edit + 1) if e % 2 == 1]
    if amended:
        lines.append("amendments:")
        for e in amended:
            lines += [f'  - date: "{year}-12-{e:02d}"', f"    reason: Уточнення № {e}", "    by: Ірина Коваль"]
    return "\n".join(lines) + "\n"


def blob_id(content: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(content) + content).hexdigest()


def data(payload: bytes) -> bytes:
    return b"data %d\n" % len(payload) + payload + b"\n"


def stream() -> bytes:
    """The fast-import stream: the programme, then every report's edits and its submission tag."""
    out: list[bytes] = []
    when = 1420070400  # 2015-01-01
    mark = 0

    main = 0

    def commit(path: str, content: str, message: str, who: str, *, ref: str = "main", merge: int = 0) -> int:
        nonlocal mark, when
        mark += 1
        when += 600
        out.append(f"commit refs/heads/{ref}\nmark :{mark}\n".encode())
        out.append(f"committer {who} {when} +0300\n".encode())
        out.append(data(message.encode()))
        if main:
            out.append(b"from :%d\n" % main)
        if merge:
            out.append(b"merge :%d\n" % merge)
        out.append(f"M 100644 inline {path}\n".encode() + data(content.encode()))
        return mark

    def pull_request(path: str, content: str, message: str, who: str) -> int:
        """A commit on a branch from main, then main's merge commit of it."""
        nonlocal main
        branch = commit(path, content, message, who, ref="pr")
        main = commit(path, content, f"Merge: {message}", "Сервер <forge@example.invalid>", merge=branch)
        return main

    main = commit("programme.yaml", programme(max(YEARS)), "Programme", "Координатор <anticor@example.invalid>")
    for filler in range(FILLER):
        main = commit(
            "programme.yaml",
            programme(max(YEARS), filler + 1),
            f"Programme edit {filler}",
            "Координатор <anticor@example.invalid>",
        )
    for year in YEARS:
        for quarter in (1, 2, 3, 4):
            for edit in range(EDITS):
                for unit in UNITS:
                    path = f"reports/{unit}/{year}-q{quarter}.yaml"
                    content = report(unit, year, quarter, edit)
                    done = pull_request(
                        path,
                        content,
                        f"{unit} {year}-q{quarter}: edit {edit}",
                        f"Клерк {unit} <{unit}@example.invalid>",
                    )
                    if edit == SUBMITTED_AT - 1:
                        message = (
                            f"Подання звіту {unit} за {quarter} квартал {year} року\n\n"
                            f"Zvit-Report: {path}\nZvit-Report-Blob: {blob_id(content.encode())}\n"
                        )
                        out.append(f"tag {unit}/{year}-q{quarter}\nfrom :{done}\n".encode())
                        out.append(f"tagger Клерк {unit} <{unit}@example.invalid> {when} +0300\n".encode())
                        out.append(data(message.encode()))
    return b"".join(out)


def build(path: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["git", "init", "-q", "-b", "main", str(path)], check=True)
    subprocess.run(["git", "fast-import", "--quiet"], cwd=path, input=stream(), check=True)
    subprocess.run(["git", "checkout", "-q", "main"], cwd=path, check=True)
    return time.perf_counter() - start


def best(argv: list[str], cwd: Path, env: dict[str, str]) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        subprocess.run(argv, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tools"), "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    with tempfile.TemporaryDirectory(prefix="zvit-bench-audit-") as tmp:
        repo = Path(tmp) / "repo"
        built = build(repo)
        commits = subprocess.run(
            ["git", "rev-list", "--count", "main"], cwd=repo, capture_output=True, text=True, check=True
        ).stdout.strip()
        tags = len(subprocess.run(["git", "tag"], cwd=repo, capture_output=True, text=True, check=True).stdout.split())
        print(
            f"repository: {len(UNITS)} units × 4 quarters × {len(YEARS)} years, {commits} commits, "
            f"{tags} submission tags (built in {built:.1f} s)"
        )
        year = str(max(YEARS))
        zvit = [sys.executable, "-m", "zvit", "audit", "--year", year]
        text = best(zvit, repo, env)
        out = Path(tmp) / "audit.docx"
        word = best([*zvit, "--format", "docx", "--out", str(out)], repo, env)
        peer = best(["git", "log", "--raw", "--no-abbrev", "main", "--", "reports/"], repo, env)
        print(f"{'case':<28} {'seconds':>8} {'ratio':>6}")
        print(f"{'git log --raw reports/':<28} {peer:>8.2f} {1:>6.1f}")
        print(f"{'zvit audit (text)':<28} {text:>8.2f} {text / peer:>6.1f}")
        print(f"{'zvit audit (docx)':<28} {word:>8.2f} {word / peer:>6.1f}")
        print(
            f"audit: zvit audit --year {year} {text:.2f} s (docx {word:.2f} s) on {commits} commits and "
            f"{tags} tags; git log --raw {peer:.2f} s; ratio {text / peer:.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
