"""A throwaway PostgreSQL server for the tests: a new cluster in a temporary folder, on a Unix socket only.

``SCREENER_TEST_PG_URL`` points the tests at a server that is already running instead. Root cannot run a
PostgreSQL server, so as root the cluster runs as the ``postgres`` system user (Debian's package creates it).
"""
from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

MISSING = ("The PostgreSQL review-store tests need PostgreSQL's server programs (initdb, pg_ctl). Install "
           "Debian's package with `apt-get install -y postgresql` (.ci/run does this), or set "
           "SCREENER_TEST_PG_URL=postgresql://… to use a running server.")


def _bin_dir() -> Path | None:
    for cand in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if Path(cand, "initdb").is_file() and Path(cand, "pg_ctl").is_file():
            return Path(cand)
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb and shutil.which("pg_ctl") else None


class ThrowawayPostgres:
    """Start with ``start()`` (returns the connection URL), stop with ``stop()``; the folder is removed."""

    def __init__(self) -> None:
        self.bin = _bin_dir()
        self.dir = Path(tempfile.mkdtemp(prefix="screener-pg-"))
        self.as_postgres = os.geteuid() == 0

    def _run(self, *args: str) -> None:
        cmd = [str(a) for a in args]
        if self.as_postgres:
            cmd = ["runuser", "-u", "postgres", "--", *cmd]
        subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=120)

    def start(self) -> str:
        if self.bin is None:
            raise RuntimeError(MISSING)
        if self.as_postgres:
            shutil.chown(self.dir, user="postgres", group="postgres")
        os.chmod(self.dir, 0o700)
        data, sock = self.dir / "data", self.dir
        self._run(self.bin / "initdb", "-D", data, "-A", "trust", "-U", "screener", "--no-sync", "-E", "UTF8")
        opts = f"-c listen_addresses='' -c unix_socket_directories={sock} -c fsync=off -c max_connections=50"
        self._run(self.bin / "pg_ctl", "-D", data, "-o", opts, "-w", "-t", "60", "-l", self.dir / "log", "start")
        return f"postgresql://screener@/postgres?host={sock}"

    def stop(self) -> None:
        try:
            if self.bin is not None and (self.dir / "data" / "postmaster.pid").exists():
                self._run(self.bin / "pg_ctl", "-D", self.dir / "data", "-m", "immediate", "-w", "stop")
        finally:
            time.sleep(0.1)
            shutil.rmtree(self.dir, ignore_errors=True)
