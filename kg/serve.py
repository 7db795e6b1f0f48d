"""``kg serve``: the Oxigraph SPARQL server (PyPI package ``oxigraph``) over the store directory.

It speaks the SPARQL 1.1 Protocol and Graph Store Protocol and has a query page at ``/``; queries
see the union of the article graphs (``--union-default-graph``), as ``kg query`` does. It binds to
loopback by default. The read-write server needs the store not to be open in another process;
``read_only`` serving can run beside readers.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Optional, Union


class ServeError(RuntimeError):
    pass


def binary() -> str:
    """Path of the ``oxigraph`` server binary (installed with the ``oxigraph`` PyPI package)."""
    here = Path(sys.executable).parent / ("oxigraph.exe" if os.name == "nt" else "oxigraph")
    if here.exists():
        return str(here)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise ServeError("the `oxigraph` server binary is not installed (pip install oxigraph)")


def _bind(host: str, port: int) -> str:
    return f"[{host}]:{port}" if ":" in host and not host.startswith("[") else f"{host}:{port}"


def command(store_path: Union[str, os.PathLike], host: str = "127.0.0.1", port: int = 7878,
            read_only: bool = False) -> list[str]:
    return [binary(), "serve-read-only" if read_only else "serve", "--location", str(store_path),
            "--bind", _bind(host, port), "--union-default-graph"]


def _check_store(store_path: Path, read_only: bool) -> None:
    from kg.store import Store  # raises StoreLockedError with a clear message

    if read_only:
        if not (store_path / "CURRENT").exists():
            raise ServeError(f"{store_path}: no store here (run `kg ingest` first)")
        return
    st = Store(store_path)
    st.close()
    del st


def start(store_path: Union[str, os.PathLike], host: str = "127.0.0.1", port: int = 7878,
          read_only: bool = False, quiet: bool = False) -> subprocess.Popen:
    """Start the server in the background; returns the process (see ``wait_ready``)."""
    path = Path(store_path)
    _check_store(path, read_only)
    out = subprocess.DEVNULL if quiet else None
    return subprocess.Popen(command(path, host, port, read_only), stdout=out, stderr=out)


def wait_ready(host: str, port: int, timeout: float = 20.0, proc: Optional[subprocess.Popen] = None) -> bool:
    """Poll the SPARQL endpoint until it answers (True) or the timeout passes / the process exits (False)."""
    url = f"http://{_bind(host, port)}/query?query=ASK%7B%7D"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(url, timeout=2) as r:
                if r.status == 200:
                    return True
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.2)
    return False


def serve(store_path: Union[str, os.PathLike], host: str = "127.0.0.1", port: int = 7878,
          read_only: bool = False) -> int:
    """Run the server in the foreground until interrupted; returns its exit code."""
    try:
        proc = start(store_path, host, port, read_only)
    except Exception as exc:  # StoreLockedError, ServeError: one clear line
        print(f"kg serve: {exc}", file=sys.stderr)
        return 2
    print(f"SPARQL endpoint http://{_bind(host, port)}/query (query page http://{_bind(host, port)}/)"
          f"{' read-only' if read_only else ''}; Ctrl-C to stop", file=sys.stderr)
    try:
        return proc.wait()
    except KeyboardInterrupt:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        return 0
