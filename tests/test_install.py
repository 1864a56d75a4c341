"""Tingxie installed the way users get it, run from outside the checkout: the sdist and the wheel
built from it in a fresh venv, and the PyInstaller bundle as tar.gz and AppImage."""

from __future__ import annotations

import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from tests.helpers import REPO
from tingxie.core.paths import SAMPLE_TEXT

EXPECTED = SAMPLE_TEXT.read_text(encoding="utf-8").strip()
SHIPPED = (  # what every install must carry, as paths inside the tingxie package
    "assets/models/tingxie-demo/model.int8.onnx", "assets/models/tingxie-demo/tokens.txt",
    "assets/vad/silero_vad_16k_op15.onnx", "assets/catalog.json", "assets/i18n/tingxie_zh_TW.qm",
    "assets/speakers/campplus-zh-en.int8.onnx", "assets/speakers/pyannote-segmentation-3.0.int8.onnx",
    "assets/icons/tingxie-256.png", "assets/samples/demo-1.wav",
    "training_tools/data/cv-zh-TW-sentences/sentence-collector.txt",
    "training_tools/data/sensevoice-small/config.yaml",
)


def user_env(home: Path, **extra: str) -> dict[str, str]:
    """A user with an empty home, nothing of this test session's Tingxie settings, no screen."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TINGXIE_", "XDG_", "QT_", "DISPLAY", "WAYLAND"))}
    home.mkdir(parents=True, exist_ok=True)
    return {**env, "HOME": str(home), "LANG": "C.UTF-8", **extra}


def run(cmd: list[str], cwd: Path, env: dict[str, str], timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def assert_smoke_in_chinese(cmd: list[str], cwd: Path, home: Path) -> None:
    env = user_env(home, QT_QPA_PLATFORM="offscreen", LANG="zh_TW.UTF-8", LC_ALL="zh_TW.UTF-8")
    result = run(cmd + ["--smoke"], cwd, env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "smoke: passed" in result.stdout
    assert "interface language: zh_TW" in result.stdout
    assert "&File -> 檔案(&F)" in result.stdout and "Qt's Cancel -> 取消" in result.stdout
    assert f"demo-1.wav: {EXPECTED}" in result.stdout


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """sdist, then the wheel built from that sdist (so the sdist is proven complete)."""
    out = tmp_path_factory.mktemp("dist")
    result = run([sys.executable, "-m", "build", "--outdir", str(out), str(REPO)], out, dict(os.environ), timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return out


@pytest.mark.slow
def test_sdist_carries_every_asset(built: Path):
    sdist = next(built.glob("tingxie-*.tar.gz"))
    with tarfile.open(sdist) as tar:
        names = {"/".join(n.split("/")[1:]) for n in tar.getnames()}
    for path in SHIPPED:
        assert path in names, f"{path} missing from {sdist.name}"


@pytest.mark.slow
def test_wheel_in_a_fresh_venv_outside_the_checkout(built: Path, tmp_path: Path):
    wheel = next(built.glob("tingxie-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python, tingxie = venv / "bin" / "python", venv / "bin" / "tingxie"
    install = run([str(python), "-m", "pip", "install", "-q", str(wheel)], tmp_path, dict(os.environ), timeout=900)
    assert install.returncode == 0, install.stderr[-3000:]
    env = user_env(tmp_path / "home")

    result = run([str(tingxie), "transcribe", "--quiet"], tmp_path, env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == EXPECTED

    assert_smoke_in_chinese([str(tingxie)], tmp_path, tmp_path / "home-zh")

    # no screen (a test's offscreen platform is none either): the sample, and how to open the window
    bare = run([str(tingxie)], tmp_path, {**env, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert bare.returncode == 0 and bare.stdout.strip() == EXPECTED
    assert "Run `tingxie` on a desktop to open the app" in bare.stderr

    for layer in ("core", "gui", "training_tools", "assets"):
        stray = run([str(python), "-c", f"import {layer}"], tmp_path, env)
        assert stray.returncode != 0 and "ModuleNotFoundError" in stray.stderr, f"top-level {layer} is importable"
    where = run([str(python), "-c", "import tingxie.core.paths as p; print(p.PACKAGE_ROOT)"], tmp_path, env)
    root = Path(where.stdout.strip())
    assert root.is_relative_to(venv) and root.name == "tingxie"
    for path in SHIPPED:
        assert (root / path).is_file(), f"{path} missing from the installed wheel"


@pytest.fixture(scope="module")
def installers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("installers")
    result = run([sys.executable, str(REPO / "packaging" / "build.py"), "--dist", str(dist), "--work", str(dist / "work")],
                 dist, dict(os.environ), timeout=1200)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    print(result.stdout[-1500:])  # bundle size and build time, for the CI log
    return dist


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle; hosted CI builds the others")
def test_linux_bundle_from_its_tar_gz(installers: Path, tmp_path: Path):
    archive = next(installers.glob("Tingxie-*-linux-*.tar.gz"))
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path, filter="tar")
    folder = next(tmp_path.glob("Tingxie-*"))
    internal = folder / "_internal"
    assert (folder / "tingxie.desktop").is_file() and (folder / "tingxie.png").is_file()
    assert not any((internal / heavy).exists() for heavy in ("torch", "funasr", "ray"))
    assert (internal / "portaudio" / "libportaudio.so.2").is_file()
    assert list((internal / "PySide6" / "Qt" / "translations").glob("qtbase_zh_TW.qm"))

    result = run([str(folder / "tingxie"), "transcribe", "--quiet"], tmp_path, user_env(tmp_path / "home"))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == EXPECTED
    assert_smoke_in_chinese([str(folder / "tingxie")], tmp_path, tmp_path / "home-zh")


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="AppImage is a Linux format")
def test_appimage_runs(installers: Path, tmp_path: Path):
    appimage = next(installers.glob("Tingxie-*.AppImage"))
    # no FUSE on CI machines: the runtime unpacks into TMPDIR instead of mounting
    env = user_env(tmp_path / "home", APPIMAGE_EXTRACT_AND_RUN="1", TMPDIR=str(tmp_path))
    result = run([str(appimage), "transcribe", "--quiet"], tmp_path, env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == EXPECTED
