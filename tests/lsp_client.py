"""A minimal Language Server Protocol client: JSON-RPC over a server's stdin and stdout.

Enough to drive yaml-language-server as VS Code does: open a document, answer the
server's requests for settings, and read diagnostics, hovers and completions.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

PACKAGE = Path(__file__).resolve().parent / "lsp"
SERVER = PACKAGE / "node_modules" / "yaml-language-server" / "bin" / "yaml-language-server"


def unavailable() -> str | None:
    """Why the pinned server cannot run here (no Node, not installed), or None."""
    from shutil import which

    if which("node") is None:
        return "Node.js is not installed (.ci/run installs it with apt where it can)"
    if not SERVER.is_file():
        return f"yaml-language-server is not installed: npm ci --prefix {PACKAGE.relative_to(PACKAGE.parent.parent)}"
    return None


class LanguageServer:
    """One server process; requests wait for their answer, notifications are queued by method."""

    def __init__(self, root: Path, settings: dict[str, Any]) -> None:
        self.root = root
        self.settings = settings
        self._proc = subprocess.Popen(
            ["node", str(SERVER), "--stdio"],
            cwd=root,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self._next_id = 0
        self._answers: dict[int, queue.SimpleQueue[dict[str, Any]]] = {}
        self._lock = threading.Lock()
        self.notifications: queue.SimpleQueue[dict[str, Any]] = queue.SimpleQueue()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    # Wire format ---------------------------------------------------------

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}, ensure_ascii=False).encode("utf-8")
        stdin = self._proc.stdin
        assert stdin is not None
        with self._lock:
            stdin.write(f"Content-Length: {len(body)}\r\n\r\n".encode("ascii") + body)
            stdin.flush()

    def _read(self) -> None:
        stdout = self._proc.stdout
        assert stdout is not None
        while (message := _read_message(stdout)) is not None:
            if "id" in message and "method" in message:
                self._answer(message)
            elif "id" in message:
                self._answers.setdefault(message["id"], queue.SimpleQueue()).put(message)
            else:
                self.notifications.put(message)

    def _answer(self, request: dict[str, Any]) -> None:
        """What VS Code answers: the settings asked for; nothing to the rest (registrations, progress)."""
        result: Any = None
        if request["method"] == "workspace/configuration":
            result = [self.settings.get(item.get("section", ""), {}) for item in request["params"]["items"]]
        self._send({"id": request["id"], "result": result})

    # Requests and notifications -----------------------------------------

    def request(self, method: str, params: dict[str, Any], timeout: float = 30) -> Any:
        with self._lock:
            self._next_id += 1
            ident = self._next_id
        answers = self._answers.setdefault(ident, queue.SimpleQueue())
        self._send({"id": ident, "method": method, "params": params})
        answer = answers.get(timeout=timeout)
        if "error" in answer:
            raise RuntimeError(f"{method}: {answer['error']}")
        return answer.get("result")

    def notify(self, method: str, params: dict[str, Any]) -> None:
        self._send({"method": method, "params": params})

    def start(self) -> None:
        self.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": self.root.as_uri(),
                "workspaceFolders": [{"uri": self.root.as_uri(), "name": self.root.name}],
                "capabilities": {
                    "workspace": {"configuration": True, "didChangeConfiguration": {"dynamicRegistration": True}},
                    "textDocument": {
                        "hover": {"contentFormat": ["markdown", "plaintext"]},
                        "completion": {"completionItem": {"snippetSupport": True, "documentationFormat": ["markdown"]}},
                        "publishDiagnostics": {},
                    },
                },
            },
        )
        self.notify("initialized", {})
        self.notify("workspace/didChangeConfiguration", {"settings": self.settings})

    def open(self, rel: str, text: str) -> str:
        uri = (self.root / rel).as_uri()
        self.notify(
            "textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": text}}
        )
        return uri

    def diagnostics(self, uri: str, ready: Callable[[list[dict[str, Any]]], bool], timeout: float = 30) -> list[Any]:
        """The diagnostics last published for `uri` once `ready` accepts them (the server may publish twice)."""
        deadline = time.monotonic() + timeout
        latest: list[dict[str, Any]] = []
        while time.monotonic() < deadline:
            try:
                message = self.notifications.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                break
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                latest = message["params"]["diagnostics"]
                if ready(latest):
                    break
        return latest

    def close(self) -> None:
        try:
            self.request("shutdown", {}, timeout=10)
            self.notify("exit", {})
            self._proc.wait(timeout=10)
        except (RuntimeError, queue.Empty, OSError, subprocess.TimeoutExpired):
            self._proc.kill()
            self._proc.wait()
        finally:
            self._reader.join(timeout=10)
            for stream in (self._proc.stdin, self._proc.stdout):
                if stream is not None:
                    stream.close()


def _read_message(stream: IO[bytes]) -> dict[str, Any] | None:
    length = None
    while True:
        line = stream.readline()
        if not line:
            return None
        if line in (b"\r\n", b"\n"):
            break
        name, _, value = line.decode("ascii").partition(":")
        if name.strip().lower() == "content-length":
            length = int(value)
    if length is None:
        return None
    body = stream.read(length)
    return json.loads(body.decode("utf-8")) if len(body) == length else None


def vscode_settings(path: Path) -> dict[str, Any]:
    """The `yaml` section of a VS Code settings file, nested as the server asks for it."""
    flat = json.loads(path.read_text(encoding="utf-8"))
    yaml: dict[str, Any] = {}
    for key, value in flat.items():
        if key.startswith("yaml."):
            *parents, last = key[len("yaml.") :].split(".")
            node = yaml
            for parent in parents:
                node = node.setdefault(parent, {})
            node[last] = value
    return {"yaml": yaml, "http": {}, "[yaml]": flat.get("[yaml]", {}), "editor": {}}
