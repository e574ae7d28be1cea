"""How fast `zvit history` reads a long history, next to `git log -p` on the same path.

Run from the repository root: `PYTHONPATH=tools .venv/bin/python bench/bench_history.py`.
Builds (with `git fast-import`) a repository of 2,000 commits of jkg's report by
four authors, each a real edit of two or three statuses (a word replaced, a
sentence added or dropped), then times, best of 3, the `zvit history` command as
a user runs it and `git log -p` on the report's path, both as processes with
their output read in full.  Prints "history: zvit X s, git log -p Y s, ratio Z"
(the goal is a ratio of 2 or less).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMITS = 2000
REPEATS = 3
REPORT = "reports/jkg/2019-q3.yaml"
AUTHORS = ("Оксана Коваль <koval@example.invalid>", "Петро Іваненко <ivanenko@example.invalid>",
           "Марія Шевчук <shevchuk@example.invalid>", "Ігор Бондар <bondar@example.invalid>")
WORDS = ("проведено", "здійснено", "роз’яснювальна", "робота", "Департаменту", "звітному", "періоді",
         "веб-порталі", "закупівель", "моніторинг", "засідання", "комісії", "працівників")
SENTENCES = ("Порушень не виявлено.", "Інформацію оприлюднено на сайті Департаменту.",
             "Проведено навчальне заняття з працівниками.", "Звернень громадян не надходило.")
START = 1569888000  # 2019-10-01 00:00 UTC


def seed_statuses() -> tuple[str, dict[str, str]]:
    """The head of the real report (up to `measures:`) and its statuses as plain texts."""
    from zvit.build import report_from_data
    from zvit.yamlfile import parse_yaml

    content = (ROOT / REPORT).read_bytes()
    report = report_from_data(parse_yaml(content, REPORT).data)
    head = content.decode("utf-8").split("\nmeasures:", 1)[0] + "\n"
    return head, {mid: status.text for mid, status in report.statuses.items()}


def emit(head: str, statuses: dict[str, str]) -> bytes:
    """The report as a clerk's editor would save it: one `|-` block per filled status."""
    lines = [head.rstrip("\n"), "measures:"]
    for mid, text in statuses.items():
        if not text.strip():
            lines.append(f'  {mid}: ""')
            continue
        lines.append(f"  {mid}: |-")
        lines.extend(f"    {line}" if line else "" for line in text.split("\n"))
    return ("\n".join(lines) + "\n").encode("utf-8")


def edit(text: str, rng: random.Random) -> str:
    """One real edit: replace a word, add a sentence, or drop the last sentence of a long text."""
    words = text.split(" ")
    if rng.random() < 0.5 and len(words) > 3:
        words[rng.randrange(len(words))] = rng.choice(WORDS)
        return " ".join(words)
    cut = text.rstrip(".").rfind(". ")
    if len(text) > 600 and cut > 0:
        return text[: cut + 1]
    return (text + " " + rng.choice(SENTENCES)).strip()


def build(path: Path) -> None:
    subprocess.run(["git", "init", "-q", "-b", "main", str(path)], check=True)
    head, statuses = seed_statuses()
    rng = random.Random(4)
    ids = list(statuses)
    chunks: list[bytes] = []
    programme = (ROOT / "programme.yaml").read_bytes()
    for n in range(COMMITS):
        if n:
            for mid in rng.sample(ids, rng.choice((2, 3))):
                statuses[mid] = edit(statuses[mid], rng)
        author = AUTHORS[n % len(AUTHORS)]
        stamp = f"{START + n * 3600} +0300"
        message = f"Уточнено стан виконання (правка {n})".encode()
        content = emit(head, statuses)
        files = [("programme.yaml", programme)] if n == 0 else []
        files.append((REPORT, content))
        chunks.append(f"commit refs/heads/main\nauthor {author} {stamp}\ncommitter {author} {stamp}\n".encode())
        chunks.append(b"data %d\n%s\n" % (len(message), message))
        for rel, blob in files:
            chunks.append(b"M 644 inline %s\ndata %d\n%s\n" % (rel.encode(), len(blob), blob))
    subprocess.run(["git", "fast-import", "--quiet"], cwd=path, input=b"".join(chunks), check=True)
    subprocess.run(["git", "checkout", "-q", "main"], cwd=path, check=True)


def best(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=True)
        times.append(time.perf_counter() - start)
    return min(times)


def git_part(repo: Path) -> float:
    """What zvit asks of git: one `git log --follow --raw` and one `git cat-file --batch`."""
    from zvit import git

    start = time.perf_counter()
    changes = git.log_path(str(repo), [REPORT], follow=True)
    git.read_objects(str(repo), [c.blob for c in changes])
    return time.perf_counter() - start


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp) / "repo"
        started = time.perf_counter()
        build(repo)
        built = time.perf_counter() - started
        env = {**os.environ, "PYTHONPATH": str(ROOT / "tools")}
        zvit = [sys.executable, "-m", "zvit", "history", "--unit", "jkg", "--quarter", "3"]
        report = best(zvit, repo, env)
        git_log = best(["git", "log", "-p", "--", REPORT], repo)
        measure = best([*zvit, "--measure", "I.14"], repo, env)
        startup = best([*zvit, "--help"], repo, env)
        asked = min(git_part(repo) for _ in range(REPEATS))
        print(f"built {COMMITS} commits in {built:.2f} s")
        print(f"history: zvit {report:.2f} s, git log -p {git_log:.2f} s, ratio {report / git_log:.1f}")
        print(f"history of one measure: zvit {measure:.2f} s, git log -p {git_log:.2f} s, "
              f"ratio {measure / git_log:.1f}")
        print(f"  of the report's history: starting Python and zvit {startup:.2f} s, "
              f"git log --raw and cat-file {asked:.2f} s, reading and writing {report - startup - asked:.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
