"""Old Word (.doc) and WPS (.wps) files: converted to DOCX with LibreOffice (``soffice --headless
--convert-to docx``, Debian package libreoffice-writer-nogui) and read by the DOCX loader."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from ingest.formats.base import LoadedDocument, LoadError
from ingest.formats.docx import load_docx

PACKAGE = "libreoffice-writer-nogui"
TIMEOUT_S = 180


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert(path: Path, data: bytes, to: str = "docx", timeout: float = TIMEOUT_S) -> bytes:
    """Convert a document with LibreOffice in a private profile and temporary folder; the new file's bytes."""
    exe = soffice()
    if exe is None:
        raise LoadError(
            path, f"reading {path.suffix.lower()} files needs LibreOffice: install it (Debian: apt-get install {PACKAGE})"
        )
    with tempfile.TemporaryDirectory(prefix="formats-soffice-") as tmp:
        src = Path(tmp) / f"in{path.suffix.lower()}"
        src.write_bytes(data)
        cmd = [exe, f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--norestore",
               "--convert-to", to, "--outdir", str(Path(tmp) / "out"), str(src)]
        try:
            run = subprocess.run(cmd, capture_output=True, timeout=timeout, text=True)
        except subprocess.TimeoutExpired:
            raise LoadError(path, f"LibreOffice did not convert the file within {timeout:.0f} s") from None
        out = Path(tmp) / "out" / f"in.{to.split(':')[0]}"
        if run.returncode != 0 or not out.is_file():
            detail = (run.stderr or run.stdout).strip().splitlines()[-1:] or ["no output"]
            raise LoadError(path, f"LibreOffice could not convert the file; it may be corrupt ({detail[0]})")
        return out.read_bytes()


def load_office(path: Path, data: bytes) -> LoadedDocument:
    fmt = path.suffix.lower().lstrip(".")
    return load_docx(path, convert(path, data), fmt=fmt)
