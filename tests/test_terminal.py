"""A terminal without Unicode (KOI8-U) still shows every message: plain punctuation, Cyrillic kept."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import PROJECT, Repo


def test_a_koi8_u_terminal_gets_the_findings_in_plain_punctuation(repo: Repo) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "koi8-u", "PYTHONPATH": str(PROJECT / "tools")}
    proc = subprocess.run(
        [sys.executable, "-m", "zvit", "--root", str(repo.path), "validate"], capture_output=True, env=env
    )
    assert (proc.returncode, proc.stderr) == (0, b"")
    assert proc.stdout.decode("koi8-u").splitlines() == [
        'reports/jkg/2019-q3.yaml:22:9: попередження: захід I.11: замість стану виконання стоїть "."; '
        "опишіть, що зроблено [report.status-placeholder]",
        "reports/jkg/2019-q3.yaml:48:10: попередження: захід II.12 - відповідальність підрозділу, але стан "
        "виконання не заповнено [report.status-empty]",
        "reports/jkg/2019-q3.yaml:51:10: попередження: захід II.15 - відповідальність підрозділу, але стан "
        "виконання не заповнено [report.status-empty]",
        "перевірено файлів: 2; помилок: 0, попереджень: 3",
    ]
