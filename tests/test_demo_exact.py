"""The demo model gives the exact sentence through the whole pipeline, in voices it never heard.

Issue 11: the app's VAD adds 0.25 s of pre-roll, and a model that only knew its sentences
tightly trimmed misread them after that silence. Here the sentences are spoken by espeak-ng
variants the model was not trained on, wrapped in silence, cut by the VAD and passed through
MP3 and M4A, and every character must come back (CER 0), the punctuation too in the files of
three sentences and in all but a final ？ or two of the single sentences.
The reference goes through the same Taiwan-wording conversion as the output (OpenCC s2twp turns
台北 into 臺北), so what is compared is what the model heard, not what OpenCC prefers.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from tests.audio_fixtures import encode_with_pyav
from tingxie.core.models import validate
from tingxie.core.paths import DEMO_MODEL_DIR
from tingxie.core.pipeline import Engine, TranscribeOptions
from tingxie.core.recognizer import RecognizerOptions
from tingxie.core.vocabulary import SAMPLE_RATE
from tingxie.training_tools.demo.corpus import read_demo_sentences
from tingxie.training_tools.demo.speech import UNSEEN_VOICES, VOICES, Utterance, synthesize_corpus
from tingxie.training_tools.demo.train import PUNCTUATION

SUBSET = slice(None)  # every demo sentence
GROUP = (3, 41, 77)  # the sentences of the multi-sentence file
PUNCTUATED_AT_LEAST = 98  # of 100; measured: 100 (+m7), 99 (+f4: one final ？ dropped)


def speech_only(utt: Utterance) -> np.ndarray:
    """espeak-ng's clip without its own silence, so the test decides how much there is."""
    audio, _ = sf.read(utt.wav, dtype="float32")
    loud = np.flatnonzero(np.abs(audio) > 0.003)
    return audio[loud[0] : loud[-1] + 1]


def silence(seconds: float) -> np.ndarray:
    return np.zeros(int(seconds * SAMPLE_RATE), dtype=np.float32)


@pytest.fixture(scope="module")
def engine() -> Engine:
    model = validate(DEMO_MODEL_DIR)
    return Engine(TranscribeOptions(model=model, recognizer=RecognizerOptions(language="zh")))


@pytest.fixture(scope="module")
def unseen(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Utterance]]:
    """The demo sentences in the held-out voices, synthesized fresh (a few seconds)."""
    folder = tmp_path_factory.mktemp("unseen-voices")
    sentences = read_demo_sentences()
    return {voice.name: synthesize_corpus(sentences, folder, (voice,)) for voice in UNSEEN_VOICES}


def segment_texts(engine: Engine, path: Path) -> list[str]:
    return [s.text for s in engine.transcribe_file(path).segments if s.text]


def words(texts: list[str]) -> list[str]:
    """The characters without punctuation: the model still drops a comma or a final ？ now and
    then in the unseen +f4 voice, while every character has to be right."""
    return [PUNCTUATION.sub("", t) for t in texts]


def test_unseen_voices_are_not_training_voices():
    trained = {(v.variant or "m3") for v in VOICES}  # the default voice and +m3 sound the same
    assert len(UNSEEN_VOICES) >= 2
    assert not trained & {v.variant for v in UNSEEN_VOICES}


@pytest.mark.parametrize("voice", [v.name for v in UNSEEN_VOICES])
def test_single_sentences_in_silence_come_back_exact(engine, unseen, tmp_path, voice):
    """Each sentence with 0.3-1.0 s of silence before and after, as a recording has."""
    rng = np.random.default_rng(11)
    wrong, punctuated = [], 0
    for utt in unseen[voice][SUBSET]:
        path = tmp_path / f"{utt.key}.wav"
        audio = np.concatenate([silence(rng.uniform(0.3, 1.0)), speech_only(utt), silence(rng.uniform(0.3, 1.0))])
        sf.write(path, audio, SAMPLE_RATE, subtype="PCM_16")
        texts, expected = segment_texts(engine, path), [engine.text.process(utt.text)]
        punctuated += texts == expected
        if words(texts) != words(expected):
            wrong.append((utt.text, texts))
    print(f"{voice}: {punctuated} of {len(unseen[voice][SUBSET])} exact with their punctuation")
    assert wrong == []  # CER 0: every character of every sentence
    assert punctuated >= PUNCTUATED_AT_LEAST, f"only {punctuated} of {len(unseen[voice][SUBSET])} with their punctuation"


@pytest.fixture(scope="module")
def three_sentences(unseen, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """Three sentences from two unseen voices with pauses the VAD cuts at (pre-roll added)."""
    voices = list(unseen.values())
    utts = [voices[i % len(voices)][n] for i, n in enumerate(GROUP)]
    parts = [silence(0.6)]
    for utt, pause in zip(utts, (0.7, 0.9, 0.5)):
        parts += [speech_only(utt), silence(pause)]
    path = tmp_path_factory.mktemp("three") / "three.wav"
    sf.write(path, np.concatenate(parts), SAMPLE_RATE, subtype="PCM_16")
    return path, [u.text for u in utts]


@pytest.mark.parametrize("codec", ["wav", "mp3", "aac"])
def test_three_sentences_through_vad_and_codecs_come_back_exact(engine, three_sentences, codec):
    path, expected = three_sentences
    if codec != "wav":
        audio, _ = sf.read(path, dtype="float32")
        path = encode_with_pyav(audio, path.with_suffix(".mp3" if codec == "mp3" else ".m4a"), codec)
    assert segment_texts(engine, path) == [engine.text.process(t) for t in expected]  # punctuation and all
