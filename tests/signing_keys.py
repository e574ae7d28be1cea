"""Throwaway signing keys for tests: a GnuPG key in a temporary GNUPGHOME, an SSH key.

Each is skipped with a reason when the tool is missing. The GnuPG agent started for
the temporary home is stopped (for that home only) when the module's tests end.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import Repo


@dataclass(frozen=True)
class GpgKey:
    home: str
    fingerprint: str

    def configure(self, repo: Repo) -> None:
        repo.git("config", "user.signingkey", self.fingerprint)
        repo.git("config", "gpg.format", "openpgp")


@dataclass(frozen=True)
class SshKey:
    private: str
    allowed_signers: str

    def configure(self, repo: Repo, *, trusted: bool = True) -> None:
        repo.git("config", "gpg.format", "ssh")
        repo.git("config", "user.signingkey", self.private)
        if trusted:
            repo.git("config", "gpg.ssh.allowedSignersFile", self.allowed_signers)


@pytest.fixture(scope="module")
def gpg_key() -> Iterator[GpgKey]:
    if shutil.which("gpg") is None:
        pytest.skip("gpg is not installed: signed tags with GnuPG cannot be tested here")
    home = tempfile.mkdtemp(prefix="zg")  # short: the agent's socket path must fit 108 bytes
    os.chmod(home, 0o700)
    env = {**os.environ, "GNUPGHOME": home}
    subprocess.run(
        [
            "gpg",
            "--batch",
            "--passphrase",
            "",
            "--quick-gen-key",
            "Ірина Коваль <i.koval@example.invalid>",
            "ed25519",
            "sign",
            "never",
        ],
        env=env,
        check=True,
        capture_output=True,
    )
    listing = subprocess.run(
        ["gpg", "--list-secret-keys", "--with-colons"], env=env, check=True, capture_output=True, text=True
    ).stdout
    fingerprint = next(line.split(":")[9] for line in listing.splitlines() if line.startswith("fpr:"))
    previous = os.environ.get("GNUPGHOME")
    os.environ["GNUPGHOME"] = home
    try:
        yield GpgKey(home, fingerprint)
    finally:
        if previous is None:
            os.environ.pop("GNUPGHOME", None)
        else:
            os.environ["GNUPGHOME"] = previous
        subprocess.run(["gpgconf", "--homedir", home, "--kill", "gpg-agent"], capture_output=True)
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="module")
def ssh_key(tmp_path_factory: pytest.TempPathFactory) -> SshKey:
    if shutil.which("ssh-keygen") is None:
        pytest.skip("ssh-keygen is not installed: SSH-signed tags cannot be tested here")
    folder: Path = tmp_path_factory.mktemp("ssh")
    private = folder / "key"
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "zvit-test", "-f", str(private)],
        check=True,
        capture_output=True,
    )
    allowed = folder / "allowed_signers"
    allowed.write_text("p.shevchenko@example.invalid " + (folder / "key.pub").read_text(), encoding="utf-8")
    return SshKey(str(private), str(allowed))
