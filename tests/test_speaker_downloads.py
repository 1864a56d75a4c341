"""Speaker and segmentation models from the catalog: downloaded over real HTTP on loopback,
installed only when the gate passes them, listed, and usable by --speakers by id."""

from __future__ import annotations

import io
import json
import tarfile

import onnx
import pytest

from tests.helpers import run_cli
from tests.loopback_server import LoopbackServer
from tests.test_model_gate import tiny_graph
from tingxie.core.speaker_models import SHIPPED_EMBEDDING, SHIPPED_SEGMENTATION
from tingxie.training_tools.demo.conversation import right_speaker_fraction


@pytest.fixture
def server():
    with LoopbackServer() as s:
        yield s


@pytest.fixture
def user(tmp_path) -> dict[str, str]:
    return {"TINGXIE_MODELS_DIR": str(tmp_path / "data" / "models")}


def segmentation_archive() -> bytes:
    """Packed like sherpa-onnx's release: one folder with model.onnx and model.int8.onnx."""
    data = io.BytesIO()
    with tarfile.open(fileobj=data, mode="w:bz2") as tar:
        for name in ("model.onnx", "model.int8.onnx"):
            tar.add(SHIPPED_SEGMENTATION, arcname=f"sherpa-onnx-pyannote-segmentation-3-0/{name}")
    return data.getvalue()


def test_catalog_speaker_models_download_list_and_label(server, user, two_voices, tmp_path):
    url = server.serve("campplus.onnx", SHIPPED_EMBEDDING.read_bytes())
    got = run_cli("-m", "tingxie.core", "models", "download", "3dspeaker-campplus-zh-en-advanced", "--url", url,
                  "--quiet", env_extra=user)
    assert got.returncode == 0, got.stderr
    segmentation = server.serve("seg.tar.bz2", segmentation_archive())
    got = run_cli("-m", "tingxie.core", "models", "download", "pyannote-segmentation-3-0", "--url", segmentation,
                  "--quiet", env_extra=user)
    assert got.returncode == 0, got.stderr
    listing = run_cli("-m", "tingxie.core", "models", "list", env_extra=user).stdout.split("Speaker models")[1]
    assert "3dspeaker-campplus-zh-en-advanced speaker      installed" in listing
    assert "pyannote-segmentation-3-0        segmentation installed" in listing
    assert "tingxie models download 3dspeaker-eres2net-base-zh-cn" in listing

    out = tmp_path / "out"
    result = run_cli("-m", "tingxie.core", "transcribe", str(two_voices.wav), "--speakers", "2",
                     "--speaker-model", "3dspeaker-campplus-zh-en-advanced", "--format", "json",
                     "--output-dir", str(out), "--quiet", env_extra=user, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    rows = json.loads((out / "two-voices.json").read_text(encoding="utf-8"))
    assert rows["options"]["speakers"]["embedding_model"].endswith("3dspeaker-campplus-zh-en-advanced.onnx")
    labels = [(r["start"], r["end"], r["speaker"]) for r in rows["segments"]]
    assert right_speaker_fraction(two_voices.turns, labels) >= 0.90


def test_a_speaker_download_without_metadata_is_refused_and_not_installed(server, user, tmp_path):
    bare = tmp_path / "bare.onnx"
    onnx.save(tiny_graph(), str(bare))
    url = server.serve("bare.onnx", bare.read_bytes())
    got = run_cli("-m", "tingxie.core", "models", "download", "3dspeaker-eres2net-base-zh-cn", "--url", url,
                  "--quiet", env_extra=user)
    assert got.returncode == 2 and "has no 'framework' metadata" in got.stderr, got.stderr
    listing = run_cli("-m", "tingxie.core", "models", "list", env_extra=user).stdout
    assert "3dspeaker-eres2net-base-zh-cn    speaker      tingxie models download" in listing
    assert not list((tmp_path / "data" / "speaker-models").rglob("*.onnx"))
