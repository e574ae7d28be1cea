"""How fast `zvit history` reads a long history, next to `git log -p` on the same path.

Run from the repository root: `PYTHONPATH=tools .venv/bin/python bench/bench_history.py`.
Builds (with `git fast-import`) a repository of 2,000 commits of jkg's report by
four authors, each a real edit of two or three statuses (a word replaced, a
sentence added or dropped), then times the `zvit history` command as a user runs
it (bytecode cached) and `git log -p` on the report's path, both as processes
with their output read in full, run alternately after an uncounted warm-up
round, best of 5.  Prints "history: zvit X s, git log -p Y s, ratio Z" (the goal
is a ratio of 2 or less) and where zvit's time goes: starting Python and zvit,
the one `git log -p -U0` it asks of git (timed alone; zvit reads it as git writes
it), and the rest, which is the work that does not overlap git's.
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
REPEATS = 5
REPORT = "reports/jkg/2019-q3.yaml"
AUTHORS = (
    "Оксана Коваль <koval@example.invalid>",
    "Петро Іваненко <ivanenko@example.invalid>",
    "Марія Шевчук <shevchuk@example.invalid>",
    "Ігор Бондар <bondar@example.invalid>",
)
WORDS = (
    "проведено",
    "здійснено",
    "роз’яснювальна",
    "робота",
    "Департаменту",
    "звітному",
    "періоді",
    "веб-порталі",
    "закупівель",
    "моніторинг",
    "засідання",
    "комісії",
    "працівників",
)
SENTENCES = (
    "Порушень не виявлено.",
    "Інформацію оприлюднено на сайті Департаменту.",
    "Проведено навчальне заняття з працівниками.",
    "Звернень громадян не надходило.",
)
START = 1569888000  # 2019-10-01 00:00 UTC
PYCACHE = Path(tempfile.gettempdir()) / "zvit-bench-pycache"


def seed_statuses() -> tuple[str, dict[str, str]]:
    """The head of the real report (up to `measures:`) and its statuses as plain texts."""
    from zvit.load.yamlfile import parse_yaml
    from zvit.model.build import report_from_data

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


def environment() -> dict[str, str]:
    """Bytecode cached, as in any installed setup: a PYTHONDONTWRITEBYTECODE in the
    environment would make zvit compile its modules on every run."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tools"), "PYTHONPYCACHEPREFIX": str(PYCACHE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def best_of(commands: dict[str, list[str]], cwd: Path) -> dict[str, float]:
    """Best wall time of each command, all run in turn, round after round; the first round is not counted."""
    best = {name: float("inf") for name in commands}
    for round_number in range(REPEATS + 1):
        for name, command in commands.items():
            start = time.perf_counter()
            subprocess.run(command, cwd=cwd, env=environment(), capture_output=True, check=True)
            if round_number:
                best[name] = min(best[name], time.perf_counter() - start)
    return best


def git_part(repo: Path) -> float:
    """What zvit asks of git, alone: one `git log -p -U0` of the report, read to its end."""
    from zvit.load import git

    start = time.perf_counter()
    for _ in git.log_patches(str(repo), REPORT, follow=True):
        pass
    return time.perf_counter() - start


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        repo = Path(tmp) / "repo"
        started = time.perf_counter()
        build(repo)
        built = time.perf_counter() - started
        zvit = [sys.executable, "-m", "zvit", "history", "--unit", "jkg", "--quarter", "3"]
        times = best_of(
            {
                "report": zvit,
                "git log -p": ["git", "log", "-p", "--", REPORT],
                "measure": [*zvit, "--measure", "I.14"],
                "startup": [*zvit, "--help"],
            },
            repo,
        )
        report, git_log, measure, startup = (times[name] for name in ("report", "git log -p", "measure", "startup"))
        asked = min(git_part(repo) for _ in range(REPEATS))
        print(f"built {COMMITS} commits in {built:.2f} s")
        print(f"history: zvit {report:.2f} s, git log -p {git_log:.2f} s, ratio {report / git_log:.1f}")
        print(
            f"history of one measure: zvit {measure:.2f} s, git log -p {git_log:.2f} s, ratio {measure / git_log:.1f}"
        )
        print(
            f"  of the report's history: starting Python and zvit {startup:.2f} s, "
            f"git log -p -U0 alone {asked:.2f} s, the rest {report - startup - asked:.2f} s"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
