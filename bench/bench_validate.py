"""How fast `zvit validate` is, next to check-jsonschema on the same files, in one run.

Run from the repository root: `PYTHONPATH=tools .venv/bin/python bench/bench_validate.py`
(`--build DIR` only writes the synthetic repository to DIR, for profiling).

Builds a synthetic repository in a temporary folder: the real programme with
150 more units (members of group `sp`, so they answer for measures), 600
reports of those units (the 23 measures a unit of `sp` answers for, about 12 KB, about 30 % empty statuses,
texts reused from reports/jkg/2019-q3.yaml) and the schema files `zvit schema`
writes.  Then it times whole processes, best of 5, alternating the tools so
that the machine's drift hits both alike:

* `zvit validate` on the whole repository vs check-jsonschema on every report;
* `zvit validate` on one report vs check-jsonschema on that file (the
  pre-commit case).

check-jsonschema checks only the schema: no cross-file checks, no line numbers.
zvit does both, so the goals (ratios at most 0.35 and 0.5) are demanding.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from zvit.load.yamlfile import read_yaml
from zvit.model.build import programme_from_data

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
CHECK_JSONSCHEMA = ROOT / ".venv" / "bin" / "check-jsonschema"
PEER_SCHEMA = "peer-report.schema.json"
EXTRA_UNITS = 150
QUARTERS = (1, 2, 3, 4)
EMPTY_SHARE = 0.3
TARGET_BYTES = 11_500
REPEATS = 5
PYCACHE = Path(tempfile.gettempdir()) / "zvit-bench-pycache"
GOALS = {"repository": 0.35, "one file": 0.5}

# Whether check-jsonschema's YAML loader is libyaml's C parser (what pre-commit users get).
C_LOADER_PROBE = """
from check_jsonschema.parsers import yaml as parsers_yaml
from ruamel.yaml.main import CParser
impl = parsers_yaml.construct_yaml_implementation()
print(CParser is not None and impl.Parser is CParser)
"""


# Prose that YAML reads as a plain string: no leading indicator, no edge spaces.
_PLAIN_SAFE = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`](.*\S)?\Z")


def unit_id(number: int) -> str:
    return f"bench-{number:03d}"


def write_programme(target: Path) -> list[str]:
    """The real programme.yaml with EXTRA_UNITS units added to `units` and group `sp`."""
    text = (ROOT / "programme.yaml").read_text(encoding="utf-8")
    ids = [unit_id(n) for n in range(1, EXTRA_UNITS + 1)]
    units = "".join(
        f"  {uid}:\n    name: Департамент з тестування № {n} облдержадміністрації\n" for n, uid in enumerate(ids, 1)
    )
    marker = "\nunits:\n"
    assert marker in text, "programme.yaml has no top-level `units:`"
    text = text.replace(marker, marker + units, 1)
    sp_members = "  sp:\n    name: структурні підрозділи облдержадміністрації\n    members: ["
    assert sp_members in text, "programme.yaml has no group `sp` with flow-style members"
    text = text.replace(sp_members, sp_members + ", ".join(ids) + ", ", 1)
    (target / "programme.yaml").write_text(text, encoding="utf-8")
    return ids


def measure_ids(target: Path, unit: str) -> list[str]:
    """The measures `unit` answers for: filling another unit's measure is an error (issue 13)."""
    programme = programme_from_data(read_yaml(str(target / "programme.yaml")).data)
    return [m.id for m in programme.measures_of(unit)]


def seed_texts() -> list[str]:
    """jkg's filled statuses, the texts every synthetic report is made of."""
    data = read_yaml(str(ROOT / "reports" / "jkg" / "2019-q3.yaml")).data
    texts = []
    for value in data["measures"].values():
        text = value["text"] if isinstance(value, dict) else value
        if isinstance(text, str) and len(text.strip()) > 1:
            texts.append(text)
    return texts


def yaml_value(text: str) -> str:
    """A status as a clerk would write it: a block scalar, or one line, quoted only if need be."""
    if "\n" in text:
        return "|-\n" + "".join(f"    {line}\n" if line else "\n" for line in text.split("\n")).rstrip("\n")
    if _PLAIN_SAFE.match(text) and ": " not in text and " #" not in text:
        return text
    return json.dumps(text, ensure_ascii=False)


def report_text(
    unit: str, quarter: int, ids: Sequence[str], texts: itertools.cycle[str], empties: itertools.cycle[str], number: int
) -> str:
    lines = [
        "# yaml-language-server: $schema=../../schema/report.schema.json",
        "programme: loda-2019",
        f"unit: {unit}",
        "year: 2019",
        f"quarter: {quarter}",
        "measures:",
    ]
    filled = [mid for i, mid in enumerate(ids) if (i * 7 + number) % 10 >= round(EMPTY_SHARE * 10)]
    per_status = (TARGET_BYTES - 600) / max(1, len(filled))
    written = 0
    for mid in ids:
        if mid not in filled:
            lines.append(f"  {mid}: {next(empties)}")
            continue
        text = next(texts)
        written += len(text.encode("utf-8"))
        # Long texts alternate with short ones, so a running budget keeps every file near the target.
        while written < per_status * (filled.index(mid) + 0.5):
            extra = next(texts)
            text += "\n" + extra
            written += len(extra.encode("utf-8"))
        lines.append(f"  {mid}: {yaml_value(text)}")
    lines += [
        "signatory:",
        "  position: Директор департаменту",
        f"  name: Ірина КОВАЛЬ-{number}",
        f'date: "2019-{quarter * 3 + 1:02d}-04"' if quarter < 4 else 'date: "2020-01-04"',
    ]
    return "\n".join(lines) + "\n"


def build_repository(target: Path) -> list[str]:
    """Write the synthetic repository; return the report paths (relative)."""
    units = write_programme(target)
    ids = measure_ids(target, units[0])
    texts = itertools.cycle(seed_texts())
    empties = itertools.cycle(['""', '""', '"."', '""', '"-"', '""'])
    paths = []
    for number, (unit, quarter) in enumerate(itertools.product(units, QUARTERS)):
        rel = f"reports/{unit}/2019-q{quarter}.yaml"
        (target / rel).parent.mkdir(parents=True, exist_ok=True)
        (target / rel).write_text(report_text(unit, quarter, ids, texts, empties, number), encoding="utf-8")
        paths.append(rel)
    zvit(target, "schema")
    write_peer_schema(target)
    subprocess.run(["git", "init", "-q"], cwd=target, check=True)
    subprocess.run(["git", "add", "."], cwd=target, check=True)
    subprocess.run(
        ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.org", "commit", "-q", "-m", "bench"],
        cwd=target,
        check=True,
    )
    return paths


def write_peer_schema(target: Path) -> None:
    """The schema zvit checks a report against, for check-jsonschema.

    schema/report.schema.json is the editor's: it also flags a text under another
    unit's measure, which zvit only warns of and which the corpus has plenty of.
    """
    from zvit.check import schemas
    from zvit.check.validate import Validator
    from zvit.load.source import WorkTree

    programme, _ = Validator(WorkTree(str(target))).current_programme()
    assert programme is not None
    (target / PEER_SCHEMA).write_text(schemas.render(schemas.report_schema(programme)), encoding="utf-8")


def zvit_command(root: Path, *args: str) -> list[str]:
    return [str(PYTHON), "-m", "zvit", "--root", str(root), *args]


def zvit(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        zvit_command(root, *args), cwd=root, env=environment(), capture_output=True, text=True, check=True
    )


def environment() -> dict[str, str]:
    """Bytecode cached for every tool alike, as in any installed setup.

    pip compiled check-jsonschema's bytecode at install; without this, a
    PYTHONDONTWRITEBYTECODE in the environment would make zvit alone compile
    its modules on every run.
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT / "tools"), "PYTHONPYCACHEPREFIX": str(PYCACHE)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def check_jsonschema_command(files: Sequence[str]) -> list[str]:
    return [str(CHECK_JSONSCHEMA), "--schemafile", PEER_SCHEMA, *files]


def run_once(command: Sequence[str], cwd: Path) -> tuple[float, int, str]:
    start = time.perf_counter()
    proc = subprocess.run(command, cwd=cwd, env=environment(), capture_output=True, text=True)
    return time.perf_counter() - start, proc.returncode, proc.stdout + proc.stderr


def best_of_pair(first: Sequence[str], second: Sequence[str], cwd: Path) -> tuple[float, float]:
    """Best wall times of two commands run alternately; both must succeed.

    A first, uncounted round warms the file cache and the bytecode cache.
    """
    best = [float("inf"), float("inf")]
    for round_number in range(REPEATS + 1):
        for i, command in enumerate((first, second)):
            elapsed, code, output = run_once(command, cwd)
            if code != 0:
                raise SystemExit(f"bench: {command[:4]}… exited {code}:\n{output[-2000:]}")
            if round_number:
                best[i] = min(best[i], elapsed)
    return best[0], best[1]


def main(argv: Sequence[str]) -> int:
    if argv[:1] == ["--build"] and len(argv) == 2:
        # Keep a corpus to profile against: `bench/bench_validate.py --build /tmp/corpus`.
        Path(argv[1]).mkdir(parents=True)
        build_repository(Path(argv[1]))
        return 0
    probe = subprocess.run([str(PYTHON), "-c", C_LOADER_PROBE], env=environment(), capture_output=True, text=True)
    c_loader = probe.stdout.strip() == "True"
    workdir = Path(tempfile.mkdtemp(prefix="zvit-bench-"))
    try:
        paths = build_repository(workdir)
        sizes = [(workdir / p).stat().st_size for p in paths]
        one = paths[len(paths) // 2]
        summary = zvit(workdir, "validate").stdout.strip().splitlines()[-1]
        print(
            f"corpus: programme with {EXTRA_UNITS} extra units, {len(paths)} reports, "
            f"mean {sum(sizes) / len(sizes) / 1000:.1f} KB; zvit says: {summary}"
        )
        print(
            f"check-jsonschema YAML loader: {'C (libyaml, ruamel.yaml.clib)' if c_loader else 'PURE PYTHON'}; "
            f"bytecode cached for both; best of {REPEATS} whole-process wall times, run alternately; "
            f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}"
        )
        cases = [
            ("repository", zvit_command(workdir, "validate"), check_jsonschema_command(paths)),
            ("one file", zvit_command(workdir, "validate", one), check_jsonschema_command([one])),
        ]
        print(f"{'case':<12} {'zvit':>8} {'check-jsonschema':>17} {'ratio':>6} {'goal':>6}")
        lines = []
        for name, ours, peer in cases:
            ours_time, peer_time = best_of_pair(ours, peer, workdir)
            ratio = ours_time / peer_time
            goal = GOALS[name]
            verdict = "ok" if ratio <= goal else "MISSED"
            print(f"{name:<12} {ours_time:>7.3f}s {peer_time:>16.3f}s {ratio:>6.2f} {goal:>6.2f} {verdict}")
            lines.append(
                f"validate: {name}: {ratio:.2f} × check-jsonschema "
                f"({ours_time:.3f} s vs {peer_time:.3f} s), goal ≤ {goal}: {verdict}"
            )
        print("\n".join(lines))
        return 0 if c_loader else 1
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
