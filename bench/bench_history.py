"""How fast `zvit history` reads a long history, next to `git log -p` on the same path.

Run from the repository root: `PYTHONPATH=tools .venv/bin/python bench/bench_history.py`.
Builds (with `git fast-import`) two repositories of 2,000 commits of jkg's report
by four authors: `edits`, each commit a real edit of two or three statuses (a word
replaced, a sentence added or dropped), and `growing`, each commit extending the
same three statuses by a sentence (a new paragraph every fifth), so that the
texts keep growing.  On each it times, as processes with their output read in
full, run alternately after an uncounted warm-up round, medians of 5:
`zvit history` of the report and of one measure (bytecode cached) against
`git log -p --no-textconv` on the report's path, with the peak memory of each;
and `git log -p` with the drivers `make setup` configures against `git log -p`
without them.  Goals (issue 14): history within 2 × git and 200 MiB, git log -p
after setup within 3 × without.  Also prints where zvit's time goes: starting
Python and zvit, the one `git log -p -U0` it asks of git (timed alone; zvit reads
it as git writes it), and the rest, which is the work that does not overlap git's.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMITS = 2000
REPEATS = 9  # the machine's speed drifts by a fifth between runs: medians of nine
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


GROWING = ("I.1", "I.14", "II.1")  # the statuses the growing corpus extends


def grow(text: str, rng: random.Random) -> str:
    """A text extended by a sentence; every fifth sentence starts a new paragraph, as a clerk's would."""
    sentence = rng.choice(SENTENCES)
    if not text.strip():
        return sentence
    return text + ("\n" if text.count(".") % 5 == 4 else " ") + sentence


def build(path: Path, corpus: str = "edits") -> None:
    """`edits`: two or three statuses edited in each commit; `growing`: the same three extended each time."""
    subprocess.run(["git", "init", "-q", "-b", "main", str(path)], check=True)
    head, statuses = seed_statuses()
    rng = random.Random(4)
    ids = list(statuses)
    chunks: list[bytes] = []
    programme = (ROOT / "programme.yaml").read_bytes()
    for n in range(COMMITS):
        if n and corpus == "growing":
            for mid in GROWING:
                statuses[mid] = grow(statuses[mid], rng)
        elif n:
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


def medians(commands: dict[str, list[str]], cwd: Path) -> dict[str, tuple[float, int]]:
    """Median wall time and peak memory (KiB) of each command, all run in turn, round after round.

    Each runs under `/usr/bin/time`, which reports the peak memory of the process
    it runs; the first round is not counted.
    """
    times: dict[str, list[float]] = {name: [] for name in commands}
    peaks: dict[str, int] = dict.fromkeys(commands, 0)
    for round_number in range(REPEATS + 1):
        for name, command in commands.items():
            start = time.perf_counter()
            proc = subprocess.run(
                ["/usr/bin/time", "-f", "%M", *command], cwd=cwd, env=environment(), capture_output=True, check=True
            )
            if round_number:
                times[name].append(time.perf_counter() - start)
                peaks[name] = max(peaks[name], int(proc.stderr.split()[-1]))
    return {name: (statistics.median(times[name]), peaks[name]) for name in commands}


def git_part(repo: Path) -> float:
    """What zvit asks of git, alone: one `git log -p -U0` of the report, read to its end."""
    from zvit.load import git

    start = time.perf_counter()
    for _ in git.log_patches(str(repo), REPORT, follow=True):
        pass
    return time.perf_counter() - start


def set_up_like_make(repo: Path) -> list[str]:
    """The repository as `make setup` leaves it, for git: the attributes, the drivers' settings, tools/."""
    (repo / ".gitattributes").write_bytes((ROOT / ".gitattributes").read_bytes())
    (repo / "tools").symlink_to(ROOT / "tools")
    (repo / ".venv").symlink_to(ROOT / ".venv")
    from zvit.commands.setup import driver_settings

    return ["git", *(arg for key, value in driver_settings() for arg in ("-c", f"{key}={value}"))]


def run_corpus(corpus: str, tmp: Path) -> None:
    repo = tmp / corpus
    started = time.perf_counter()
    build(repo, corpus)
    built = time.perf_counter() - started
    setup = set_up_like_make(repo)
    zvit = [sys.executable, "-m", "zvit", "history", "--unit", "jkg", "--quarter", "3"]
    results = medians(
        {
            "report": zvit,
            "measure": [*zvit, "--measure", "I.14"],
            "git log -p --no-textconv": ["git", "log", "-p", "--no-textconv", "--", REPORT],
            "git log -p, no drivers": ["git", "log", "-p", "--", REPORT],
            "git log -p after setup": [*setup, "log", "-p", "--", REPORT],
            "startup": [*zvit, "--help"],
        },
        repo,
    )
    peer, peer_memory = results["git log -p --no-textconv"]
    size = (repo / REPORT).stat().st_size
    print(f"{corpus}: {COMMITS} commits built in {built:.1f} s; the newest version {size / 1024:.0f} KiB")
    for name, label in (("report", "the report"), ("measure", "one measure")):
        seconds, memory = results[name]
        print(
            f"history: {corpus}, {label}: zvit {seconds:.2f} s, git log -p --no-textconv {peer:.2f} s, "
            f"ratio {seconds / peer:.2f} (goal 2); peak memory zvit {memory / 1024:.0f} MiB (goal 200), "
            f"git {peer_memory / 1024:.0f} MiB"
        )
    drivers, plain = results["git log -p after setup"][0], results["git log -p, no drivers"][0]
    print(
        f"history: {corpus}, git log -p after make setup {drivers:.2f} s, without drivers {plain:.2f} s, "
        f"ratio {drivers / plain:.2f} (goal 3)"
    )
    asked = statistics.median(git_part(repo) for _ in range(REPEATS))
    report = results["report"][0]
    startup = results["startup"][0]
    print(
        f"  of the report's history: starting Python and zvit {startup:.2f} s, "
        f"git log -p -U0 alone {asked:.2f} s, the rest {report - startup - asked:.2f} s"
    )


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        for corpus in ("edits", "growing"):
            run_corpus(corpus, Path(tmp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
