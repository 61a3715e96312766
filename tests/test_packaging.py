"""A non-editable install carries every data file the product reads: prompts, vocabulary, template, UI assets."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.subprocess


def _data_files_in_tree() -> set[str]:
    wanted = set()
    for pattern in ("prompts/*.txt", "prompts/*.toml", "assistant/core/data/*.toml", "assistant/ui/*.toml",
                    "assistant/ui/static/*.css", "assistant/ui/static/*.js"):
        wanted |= {p.relative_to(REPO).as_posix() for p in REPO.glob(pattern)}
    return wanted


def test_the_wheel_holds_every_data_file(tmp_path: Path):
    wanted = _data_files_in_tree()
    assert any(w.startswith("prompts/") for w in wanted) and any(w.startswith("assistant/core/data/") for w in wanted)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path),
                    str(REPO)], check=True, capture_output=True, timeout=600)
    wheel = next(tmp_path.glob("gov_disclosure_qa-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert wanted <= names, sorted(wanted - names)
    assert "prompts/__init__.py" in names and "assistant/core/__init__.py" in names and "ingest/formats/__init__.py" in names


def test_prompts_load_from_an_installed_copy(tmp_path: Path):
    """Unpacked outside the source tree, `prompts` finds its files through importlib.resources."""
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path),
                    str(REPO)], check=True, capture_output=True, timeout=600)
    wheel = next(tmp_path.glob("gov_disclosure_qa-*.whl"))
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = ("import prompts, sys; assert prompts.__file__.startswith(sys.argv[1]), prompts.__file__; "
            "print(sorted(prompts.load_templates('notes', 'en'))[:1])")
    out = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); exec({code!r})", str(site)],
                         capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().startswith("['")
