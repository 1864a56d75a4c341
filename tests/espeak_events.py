"""espeak-ng speech whose syllable onsets are known: libespeak-ng's own word and phoneme events.

Each Han character is a word to espeak-ng's Mandarin voice; its first phoneme event is where
the syllable starts (a stop's closure comes before it, the burst at it). The same voice, speed
and pitch as the demo model's training speech (training_tools/demo/speech.py VOICES[0]).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import threading

import numpy as np
import soxr

from tingxie.core.vocabulary import SAMPLE_RATE
from tingxie.training_tools.demo.speech import BASE_VOICE, VOICES

WORD, PHONEME, LIST_END = 1, 7, 0
SYNCHRONOUS, DONT_EXIT = 2, 0x8000
RATE, PITCH = 1, 3


class _Event(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("unique_identifier", ctypes.c_uint), ("text_position", ctypes.c_int),
                ("length", ctypes.c_int), ("audio_position", ctypes.c_int), ("sample", ctypes.c_int),
                ("user_data", ctypes.c_void_p), ("id", ctypes.c_char * 8)]


_CALLBACK = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event))
_lock = threading.Lock()


class _Synth:
    def __init__(self) -> None:
        name = ctypes.util.find_library("espeak-ng") or "libespeak-ng.so.1"
        self.lib = ctypes.CDLL(name)
        self.samples: list[int] = []
        self.events: list[tuple[int, int, int]] = []
        self._callback = _CALLBACK(self._collect)  # kept alive as long as the library may call it
        self.rate = self.lib.espeak_Initialize(SYNCHRONOUS, 0, None, DONT_EXIT | 1)
        if self.rate <= 0:
            raise RuntimeError("libespeak-ng could not be initialised")
        self.lib.espeak_SetSynthCallback(self._callback)
        voice = VOICES[0]
        if self.lib.espeak_SetVoiceByName(BASE_VOICE.encode()) != 0:
            raise RuntimeError(f"espeak-ng has no voice {BASE_VOICE}")
        self.lib.espeak_SetParameter(RATE, voice.speed, 0)
        self.lib.espeak_SetParameter(PITCH, voice.pitch, 0)

    def _collect(self, wav, count, events) -> int:
        if wav and count > 0:
            self.samples.extend(wav[:count])
        i = 0
        while events[i].type != LIST_END:
            e = events[i]
            self.events.append((e.type, e.text_position, e.audio_position))
            i += 1
        return 0


@functools.cache
def _synth() -> _Synth:
    return _Synth()


def speak(text: str) -> tuple[np.ndarray, dict[int, float]]:
    """16 kHz float speech of `text` and the onset (seconds) of each character, by index."""
    with _lock:
        synth = _synth()
        synth.samples, synth.events = [], []
        data = text.encode("utf-8")
        synth.lib.espeak_Synth(data, len(data) + 1, 0, 1, 0, 1, None, None)
        synth.lib.espeak_Synchronize()
        audio = np.array(synth.samples, dtype=np.float32) / 32768
        onsets: dict[int, float] = {}
        word = None
        for kind, position, ms in synth.events:
            if kind == WORD:
                word = position
            elif kind == PHONEME and position == word and word is not None:
                onsets.setdefault(word - 1, ms / 1000)  # text positions count from 1
        rate = synth.rate
    return soxr.resample(audio, rate, SAMPLE_RATE).astype(np.float32), onsets


def speak_many(sentences: list[str], pause: float) -> tuple[np.ndarray, list[tuple[str, float, dict[int, float]]]]:
    """The sentences one after another with `pause` seconds of silence between them, and for
    each its text, where it starts, and its character onsets in the joined audio."""
    pieces, truth, position = [], [], 0.0
    gap = np.zeros(int(pause * SAMPLE_RATE), dtype=np.float32)
    for text in sentences:
        audio, onsets = speak(text)
        truth.append((text, position, {k: position + t for k, t in onsets.items()}))
        pieces += [audio, gap]
        position += (len(audio) + len(gap)) / SAMPLE_RATE
    return np.concatenate(pieces), truth
