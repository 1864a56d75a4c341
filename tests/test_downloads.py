"""Model downloads against a real HTTP server on 127.0.0.1: resume, checksum, safe install."""

from __future__ import annotations

import hashlib
import io
import os
import signal
import subprocess
import sys
import tarfile
import threading
import time
from pathlib import Path

import pytest

from tests.helpers import run_cli
from tests.loopback_server import LoopbackServer
from tingxie.core.download import DownloadCancelled, DownloadError, download, partial_path
from tingxie.core.model_store import download_model, import_folder, list_installed, remove
from tingxie.core.models import ModelFolderError
from tingxie.core.paths import DEMO_MODEL_DIR, SAMPLE_WAV


@pytest.fixture
def models_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "models"
    monkeypatch.setenv("TINGXIE_MODELS_DIR", str(folder))
    return folder


@pytest.fixture(scope="module")
def model_archive(tmp_path_factory) -> bytes:
    """The demo model packed like sherpa-onnx's releases: one top folder in a .tar.bz2."""
    path = tmp_path_factory.mktemp("archive") / "model.tar.bz2"
    with tarfile.open(path, "w:bz2") as tar:
        for name in ("model.int8.onnx", "tokens.txt"):
            tar.add(DEMO_MODEL_DIR / name, arcname=f"sherpa-onnx-demo/{name}")
    return path.read_bytes()


@pytest.fixture
def server():
    with LoopbackServer() as s:
        yield s


def test_download_resumes_after_the_connection_is_cut(tmp_path, server, model_archive):
    url = server.serve("m.tar.bz2", model_archive)
    server.state.cut_after = len(model_archive) // 2
    dest = tmp_path / "m.tar.bz2"
    with pytest.raises(DownloadError, match="try again to resume"):
        download(url, dest)
    assert partial_path(dest).stat().st_size == len(model_archive) // 2
    seen = []
    download(url, dest, hashlib.sha256(model_archive).hexdigest(), on_progress=seen.append)
    assert dest.read_bytes() == model_archive
    assert server.state.range_headers == [f"bytes={len(model_archive) // 2}-"]
    assert seen[-1].done == seen[-1].total == len(model_archive)
    assert not partial_path(dest).exists()


def test_checksum_mismatch_deletes_the_file(tmp_path, server, model_archive):
    url = server.serve("m.tar.bz2", model_archive)
    dest = tmp_path / "m.tar.bz2"
    with pytest.raises(DownloadError, match="is damaged: its sha256 is"):
        download(url, dest, sha256="0" * 64)
    assert not dest.exists() and not partial_path(dest).exists()


def test_cancel_keeps_the_partial_file_for_resume(tmp_path, server):
    url = server.serve("big.bin", bytes(3_000_000))
    cancel = threading.Event()
    dest = tmp_path / "big.bin"
    with pytest.raises(DownloadCancelled):
        download(url, dest, on_progress=lambda p: cancel.set(), cancel=cancel)
    assert 0 < partial_path(dest).stat().st_size < 3_000_000
    download(url, dest)
    assert dest.stat().st_size == 3_000_000


def test_missing_file_on_server_is_a_clear_error(tmp_path, server):
    with pytest.raises(DownloadError, match="404"):
        download(server.url("nothing.tar.bz2"), tmp_path / "x")


def test_downloaded_model_is_installed_listed_and_transcribes(models_dir, server, model_archive):
    url = server.serve("demo.tar.bz2", model_archive)
    server.state.cut_after = 10_000
    with pytest.raises(DownloadError):
        download_model(url, "my-demo")
    assert not (models_dir / "my-demo").exists()  # nothing half-installed
    target = download_model(url, "my-demo", hashlib.sha256(model_archive).hexdigest())
    assert sorted(p.name for p in target.iterdir()) == ["model.int8.onnx", "tingxie-model.json", "tokens.txt"]
    assert "my-demo" in [m.id for m in list_installed()]
    result = run_cli("-m", "tingxie.core", "transcribe", str(SAMPLE_WAV), "--model", "my-demo", "--quiet",
                     env_extra={"TINGXIE_MODELS_DIR": str(models_dir)})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == SAMPLE_WAV.with_suffix(".txt").read_text(encoding="utf-8").strip()
    remove("my-demo")
    assert not (models_dir / "my-demo").exists()


def test_archive_escaping_its_folder_is_refused(models_dir, server, tmp_path):
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:bz2") as tar:
        data = b"owned"
        info = tarfile.TarInfo("../../escaped.txt")
        info.size = len(data)
        tar.addfile(info, io.BytesIO(data))
    url = server.serve("evil.tar.bz2", buffer.getvalue())
    with pytest.raises(ModelFolderError, match="would be written outside"):
        download_model(url, "evil")
    assert not list(tmp_path.rglob("escaped.txt"))
    assert not (models_dir / "evil").exists()


def test_cli_download_from_a_url_then_list_and_remove(models_dir, server, model_archive):
    url = server.serve("v2.tar.bz2", model_archive)
    env = {"TINGXIE_MODELS_DIR": str(models_dir)}
    result = run_cli("-m", "tingxie.core", "models", "download", "zhtw-v2", "--url", url, "--quiet", env_extra=env)
    assert result.returncode == 0, result.stderr
    listing = run_cli("-m", "tingxie.core", "models", "list", env_extra=env).stdout
    assert "zhtw-v2" in listing.split("Available to download:")[0]
    assert run_cli("-m", "tingxie.core", "models", "remove", "zhtw-v2", env_extra=env).returncode == 0


def test_cli_download_without_a_known_url_says_what_to_do(models_dir):
    result = run_cli("-m", "tingxie.core", "models", "download", "zhtw-v1", env_extra={"TINGXIE_MODELS_DIR": str(models_dir)})
    assert result.returncode == 2
    assert "pass --url URL or import its folder" in result.stderr


def test_import_folder_validates_first(models_dir, tmp_path):
    models_dir.mkdir(parents=True, exist_ok=True)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "model.onnx").write_bytes(b"not onnx")
    (bad / "tokens.txt").write_text("<unk> 0\n", encoding="utf-8")
    with pytest.raises(ModelFolderError, match="cannot be read as an ONNX model"):
        import_folder(bad)
    assert list(models_dir.iterdir()) == []  # nothing half-imported is left behind
    target = import_folder(DEMO_MODEL_DIR, "copy-of-demo")
    assert (target / "model.int8.onnx").is_file()


def test_a_server_error_is_a_clear_message_and_nothing_is_kept(tmp_path, server, model_archive):
    url = server.serve("m.tar.bz2", model_archive)
    server.state.fail_with = 500
    with pytest.raises(DownloadError, match="the server answered 500"):
        download(url, tmp_path / "m.tar.bz2")
    assert list(tmp_path.iterdir()) == []


def test_a_file_of_the_wrong_size_is_refused_before_it_is_written(tmp_path, server, model_archive):
    url = server.serve("m.tar.bz2", model_archive)
    with pytest.raises(DownloadError, match=f"offers {len(model_archive)} bytes, but this model is 1000 bytes"):
        download(url, tmp_path / "m.tar.bz2", size=1000)
    assert list(tmp_path.iterdir()) == []
    download(url, tmp_path / "m.tar.bz2", size=len(model_archive))  # the right size passes


def test_disk_full_fails_cleanly_and_the_download_resumes_later(tmp_path, server, model_archive):
    """A file-size limit in a child process: its writes fail as on a full disk (EFBIG, like ENOSPC)."""
    url = server.serve("m.tar.bz2", model_archive)
    dest = tmp_path / "m.tar.bz2"
    limit = len(model_archive) // 3
    child = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
        "from tingxie.core.download import DownloadError, download\n"
        f"try:\n    download({url!r}, __import__('pathlib').Path({str(dest)!r}))\n"
        "except DownloadError as err:\n    print(err); sys.exit(3)\n"
    )
    result = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, timeout=60)
    assert result.returncode == 3, result.stderr
    assert "free some space and try again to resume" in result.stdout
    assert not dest.exists() and 0 < partial_path(dest).stat().st_size <= limit
    download(url, dest, hashlib.sha256(model_archive).hexdigest())
    assert dest.read_bytes() == model_archive


def test_a_killed_download_resumes_and_never_installs_half_a_model(models_dir, server, model_archive):
    url = server.serve("m.tar.bz2", model_archive)
    server.state.seconds_per_chunk = 0.05
    child = f"from tingxie.core.model_store import download_model; download_model({url!r}, 'zhtw-killed')"
    process = subprocess.Popen([sys.executable, "-c", child], env={**os.environ, "TINGXIE_MODELS_DIR": str(models_dir)})
    part = models_dir / ".downloads" / "zhtw-killed.tar.bz2.part"
    deadline = time.monotonic() + 30
    while (not part.exists() or part.stat().st_size < 50_000) and time.monotonic() < deadline:
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait(10)
    assert 0 < part.stat().st_size < len(model_archive)
    assert "zhtw-killed" not in [m.id for m in list_installed()]  # half a file is never a model
    server.state.seconds_per_chunk = 0.0
    folder = download_model(url, "zhtw-killed", hashlib.sha256(model_archive).hexdigest())
    assert server.state.range_headers[-1].startswith("bytes=")  # it resumed where the kill left it
    assert "zhtw-killed" in [m.id for m in list_installed()] and (folder / "model.int8.onnx").is_file()
