"""Whether tags and commits are signed, and whether their signatures verify.

Never a silent pass: an unsigned object says "unsigned", a signature git cannot
check (no public key, no allowed-signers file for SSH) says so and why, and a
signature that does not match the content says "bad" — which the audit treats
as tampering.
"""

from __future__ import annotations

from collections.abc import Sequence

from zvit.load import git
from zvit.load.signature_check import UNSIGNED, SignatureCheck, State

# `git log --format=%G?` letters (git-log(1), "Placeholders that expand to information
# extracted from the commit").  "U" is a good signature of unknown validity: for
# OpenPGP a key in the keyring that nobody certified, which `git verify-tag` accepts
# too; for SSH a key no principal in the allowed-signers file has, which it refuses.
_LETTERS: dict[str, State] = {
    "G": "verified",
    "U": "verified",
    "B": "bad",
    "X": "expired",
    "Y": "expired",
    "R": "expired",
    "E": "no-key",
    "N": "no-key",
}
_SSH_SIGNATURE = b"-----BEGIN SSH SIGNATURE-----"
# Lines of `git verify-tag --raw` (GnuPG status lines, or ssh-keygen's words).
_BAD = ("[GNUPG:] BADSIG", "incorrect signature")
_NO_KEY = (
    "[GNUPG:] ERRSIG",
    "[GNUPG:] NO_PUBKEY",
    "allowedSignersFile needs to be configured",
    "No principal matched",
    "gpg: Can't check signature",
)
_EXPIRED = ("[GNUPG:] EXPKEYSIG", "[GNUPG:] REVKEYSIG", "[GNUPG:] EXPSIG")
_SIGNATURE_HEADERS = (b"gpgsig ", b"gpgsig-sha256 ")


def check_tag(root: str, tag_object: str | None, signed: bool) -> SignatureCheck:
    """The signature of an annotated tag, verified with `git verify-tag` when there is one."""
    if tag_object is None or not signed:
        return UNSIGNED
    ok, said = git.verify_tag(root, tag_object)
    lines = [line.strip() for line in said.splitlines() if line.strip()]
    signer = _signer(lines)
    if ok:
        return SignatureCheck("verified", signer)
    for state, needles in (("bad", _BAD), ("expired", _EXPIRED), ("no-key", _NO_KEY)):
        if any(needle in line for line in lines for needle in needles):
            return SignatureCheck(state, signer, _human(lines))  # type: ignore[arg-type]
    return SignatureCheck("failed", signer, _human(lines))


def check_commits(root: str, commits: Sequence[str]) -> dict[str, SignatureCheck]:
    """Each commit's signature: one `cat-file` to see which are signed, one `log` to verify those."""
    wanted = list(dict.fromkeys(commits))
    objects = git.read_objects(root, wanted)
    headers = {c: _header(objects.get(c)) for c in wanted}
    signed = [c for c in wanted if any(line.startswith(_SIGNATURE_HEADERS) for line in headers[c])]
    verdicts = git.commit_signatures(root, signed)
    found = {c: UNSIGNED for c in wanted}
    for commit in signed:
        letter, key, signer = verdicts.get(commit, ("N", "", ""))
        if letter == "U" and any(_SSH_SIGNATURE in line for line in headers[commit]):
            letter = "N"  # an SSH key that no allowed signer has
        state = _LETTERS.get(letter, "failed")
        detail = "" if state == "verified" else _letter_detail(letter)
        found[commit] = SignatureCheck(state, signer or key, detail)
    return found


def _header(found: tuple[str, bytes] | None) -> list[bytes]:
    """A commit object's header lines (the signature's continuation lines included)."""
    if found is None or found[0] != "commit":
        return []
    return found[1].split(b"\n\n", 1)[0].split(b"\n")


def _letter_detail(letter: str) -> str:
    """Why git could not vouch for a signed commit (`N` for a signed commit: SSH without allowed signers)."""
    return {"N": "gpg.ssh.allowedSignersFile", "E": "no public key"}.get(letter, f"%G? = {letter}")


def _signer(lines: list[str]) -> str:
    for line in lines:
        if line.startswith(("[GNUPG:] GOODSIG ", "[GNUPG:] BADSIG ", "[GNUPG:] EXPKEYSIG ")):
            return line.split(" ", 3)[3] if line.count(" ") >= 3 else ""
        if line.startswith('Good "git" signature for '):
            return line.removeprefix('Good "git" signature for ').split(" with ", 1)[0]
    return ""


def _human(lines: list[str]) -> str:
    """The tool's words without GnuPG's machine status lines."""
    words = [line for line in lines if not line.startswith("[GNUPG:]")]
    status = [line.removeprefix("[GNUPG:] ").split(" ")[0] for line in lines if line.startswith("[GNUPG:]")]
    return "; ".join(words[:3]) or ", ".join(s for s in status if s not in ("NEWSIG", "KEY_CONSIDERED"))
