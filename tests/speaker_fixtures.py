"""Synthesized conversations, built once per test session (espeak-ng, a few seconds each)."""

from __future__ import annotations

import pytest

from tingxie.core.paths import ASSETS
from tingxie.training_tools.demo.conversation import THREE_VOICES, TWO_VOICES, Conversation, synthesize_conversation

SENTENCES = (ASSETS / "demo" / "sentences.txt").read_text(encoding="utf-8").split()


@pytest.fixture(scope="session")
def two_voices(tmp_path_factory) -> Conversation:
    work = tmp_path_factory.mktemp("two-voices")
    return synthesize_conversation(SENTENCES, TWO_VOICES, 8, work / "two-voices.wav", work / "clips")


@pytest.fixture(scope="session")
def three_voices(tmp_path_factory) -> Conversation:
    work = tmp_path_factory.mktemp("three-voices")
    return synthesize_conversation(SENTENCES, THREE_VOICES, 9, work / "three-voices.wav", work / "clips")
