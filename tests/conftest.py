"""Shared fixtures: the demo model rebuilt once per test run, and its synthesized speech."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.helpers import run_cli

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.speaker_fixtures"]  # two_voices, three_voices: synthesized conversations


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The house rules (ruff, mypy) run first: a lint failure is reported before minutes of tests."""
    items.sort(key=lambda item: item.module.__name__ != "tests.test_house_rules" if item.module else True)


@pytest.fixture(scope="session")
def demo_work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Tokenizer and espeak-ng speech of the demo sentences, shared by every test."""
    return tmp_path_factory.mktemp("demo-work")


@pytest.fixture(scope="session")
def demo_utterances(demo_work: Path) -> list:
    from tingxie.training_tools.demo.corpus import read_demo_sentences
    from tingxie.training_tools.demo.speech import SAMPLE_VOICES, synthesize_corpus

    return synthesize_corpus(read_demo_sentences(), demo_work / "speech", SAMPLE_VOICES)


@pytest.fixture(scope="session")
def rebuilt_demo_model(tmp_path_factory: pytest.TempPathFactory, demo_work: Path, demo_utterances) -> Path:
    """`demo-model` from scratch through the CLI, built once and reused by every test. The quick
    recipe: the full one that built the committed model takes about 15 minutes."""
    out = tmp_path_factory.mktemp("rebuilt") / "demo"
    result = run_cli(
        "-m", "tingxie.training_tools", "demo-model", "--recipe", "quick", "--out", str(out), "--work-dir", str(demo_work)
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return out


@pytest.fixture(autouse=True, scope="session")
def private_models_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """No test reads or writes the real user's models folder."""
    folder = tmp_path_factory.mktemp("user-models")
    os.environ["TINGXIE_MODELS_DIR"] = str(folder)
    return folder


@pytest.fixture
def app_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh user: settings, log, models, recordings and history all in a temporary folder."""
    from PySide6.QtCore import QSettings

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    monkeypatch.setenv("TINGXIE_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("TINGXIE_MODELS_DIR", str(tmp_path / "data" / "models"))
    from tingxie.gui.settings import qsettings

    store = qsettings()
    store.setValue("ui_language", "en")  # tests read English labels whatever the machine's locale
    store.sync()
    return tmp_path


@pytest.fixture
def open_window(qtbot):
    """The main window, opened when the test asks (after it installed what the user has);
    each one closed at the end."""
    from tingxie.gui.main_window import MainWindow

    windows = []

    def opened():
        windows.append(MainWindow())
        qtbot.addWidget(windows[-1])
        windows[-1].show()
        return windows[-1]

    yield opened
    for w in windows:
        w.close()


@pytest.fixture(scope="session")
def microphone(tmp_path_factory: pytest.TempPathFactory):
    """One PulseAudio daemon for the whole run: PortAudio, once it has talked to a daemon in
    this process, plays nothing into a second one started later."""
    from tests.virtual_mic import VirtualMicrophone

    mic = VirtualMicrophone(tmp_path_factory.mktemp("pulse")).start()
    yield mic
    mic.stop()
