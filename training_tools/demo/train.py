"""A short, deterministic training run of a tiny SenseVoiceSmall on synthesized speech.

The model is FunASR's own SenseVoiceSmall class, trained through its own forward() (CTC on
the text plus cross-entropy on the language/emotion/event/ITN frames) and fed features from
FunASR's WavFrontend, so what comes out is an ordinary FunASR checkpoint.
"""

from __future__ import annotations

import math
import random
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch

from tingxie.core.vocabulary import SAMPLE_RATE
from tingxie.training_tools.special_tokens import EMBED_LANGUAGE, EMBED_TEXT_NORM, prompt_maps

Log = Callable[[str], None]
PUNCTUATION = re.compile(r"[，。？！、；：]")
DB_TO_LOG_POWER = math.log(10) / 10  # a level change of x dB shifts every log-mel bin by this much


@dataclass(frozen=True)
class TrainConfig:
    output_size: int = 128
    attention_heads: int = 4
    linear_units: int = 512
    num_blocks: int = 3
    tp_blocks: int = 1
    lr: float = 3e-3
    warmup_steps: int = 100
    batch_size: int = 16
    dropout: float = 0.0  # the job is to learn these sentences; dropout only slows it here
    max_epochs: int = 72
    eval_every: int = 3
    target_cer: float = 0.003
    min_epochs: int = 60  # past target_cer: the clean sentences are learnt long before the unseen voices are
    augment_prob: float = 0.75  # share of each batch drawn afresh with silence, level, speed and noise
    speeds: tuple[float, ...] = (1.0, 0.9, 1.1)  # speed perturbation of the trimmed speech
    seed: int = 20241124


@dataclass(frozen=True)
class TrainResult:
    epochs: int
    cer: float  # on the clean training utterances, punctuation counted
    seconds: float


@dataclass
class Sample:
    fbanks: list[torch.Tensor]  # (T, 80) log-mel at 10 ms: [0] as synthesized, then trimmed at each speed
    text: str

    @property
    def fbank(self) -> torch.Tensor:
        return self.fbanks[0]


@dataclass(frozen=True)
class Backgrounds:
    """The log-mel of digital silence and of unit-level white noise, to augment in the fbank domain."""

    silence: torch.Tensor  # (80,): the floor kaldi's log puts on a frame of zeros
    noise: torch.Tensor  # (T, 80): log-mel of N(0, 1) noise in float scale


def encoder_conf(base: dict[str, Any], config: TrainConfig) -> dict[str, Any]:
    return {
        **base,
        "output_size": config.output_size,
        "attention_heads": config.attention_heads,
        "linear_units": config.linear_units,
        "num_blocks": config.num_blocks,
        "tp_blocks": config.tp_blocks,
        "dropout_rate": config.dropout,
        "positional_dropout_rate": config.dropout,
        "attention_dropout_rate": config.dropout,
    }


def build_model(model_config: dict[str, Any], vocab_size: int, tokenizer: Any) -> torch.nn.Module:
    """FunASR's SenseVoiceSmall with its prompt-id maps taken from our tokenizer
    (FunASR hard-codes the official vocabulary's ids there, which would KeyError)."""
    from funasr.models.sense_voice.model import SenseVoiceSmall

    model = SenseVoiceSmall(
        encoder=model_config["encoder"],
        encoder_conf=model_config["encoder_conf"],
        input_size=560,
        vocab_size=vocab_size,
        **model_config["model_conf"],
    )
    model.lid_int_dict, model.textnorm_int_dict = prompt_maps(tokenizer.piece_to_id)
    return model


def augment(fb: torch.Tensor, rng: np.random.Generator, bg: Backgrounds) -> torch.Tensor:
    """What a VAD cut with pre-roll, a quiet microphone or a lossy file do to the same sentence:
    0-1 s of silence on each side (digital zeros or a noise floor), -20..0 dB of level and a
    little noise. Done on the log-mel frames, where a level is an offset and noise adds in the
    power domain: a fresh kaldi fbank per draw would cost as much as the training step."""
    floor = bg.silence
    speech = torch.maximum(fb + float(rng.uniform(-20, 0)) * DB_TO_LOG_POWER, floor)
    lead = int(rng.uniform(0.0, 1.0) * 100)
    # a VAD cut keeps only 0-150 ms after the last syllable: that end is drawn half the time
    tail = int((rng.uniform(0.0, 0.15) if rng.random() < 0.5 else rng.uniform(0.0, 1.0)) * 100)
    frames = torch.cat([floor.expand(lead, -1), speech, floor.expand(tail, -1)])
    if rng.random() < 0.5:  # half keep exact digital silence, as a wav file's padding has
        start = int(rng.integers(0, len(bg.noise) - len(frames)))
        level = float(rng.uniform(-80, -45)) * DB_TO_LOG_POWER
        frames = torch.logaddexp(frames, bg.noise[start : start + len(frames)] + level)
    return frames


def make_samples(utterances: list[Any], frontend: Any, speeds: tuple[float, ...] = (1.0,)) -> list[Sample]:
    """Each utterance's log-mel as synthesized, then trimmed to its speech at every speed: the
    augmentation adds its own silence to the trimmed one, and a 0.9-1.1 speed change moves pitch
    and formants the way another speaker would (the one augmentation that needs the waveform)."""
    import soundfile as sf
    import soxr

    samples = []
    for utt in utterances:
        audio, rate = sf.read(utt.wav, dtype="float32")
        speech = trim(audio, rate)
        fbanks = [fbank(frontend, audio)] + [
            fbank(frontend, speech if speed == 1.0 else soxr.resample(speech, rate, rate / speed, quality="HQ"))
            for speed in speeds
        ]
        samples.append(Sample(fbanks, utt.text))
    return samples


def trim(audio: np.ndarray, rate: int, level: float = 0.003) -> np.ndarray:
    """The speech without espeak-ng's own silence (10 ms kept each side): a VAD segment ends
    within a few frames of the last syllable, and the model must finish the text there."""
    loud = np.flatnonzero(np.abs(audio) > level)
    if len(loud) == 0:
        return audio
    margin = rate // 100
    return audio[max(loud[0] - margin, 0) : loud[-1] + margin]


def backgrounds(frontend: Any, seed: int, seconds: float = 40.0) -> Backgrounds:
    silence = fbank(frontend, np.zeros(SAMPLE_RATE // 10, dtype=np.float32))[0]
    noise = np.random.default_rng(seed).normal(0.0, 1.0, int(seconds * SAMPLE_RATE)).astype(np.float32)
    return Backgrounds(silence, fbank(frontend, noise))


def fbank(frontend: Any, audio: np.ndarray) -> torch.Tensor:
    wave = torch.from_numpy(audio)[None]
    feats, _ = frontend.forward_fbank(wave, torch.tensor([wave.shape[1]]))
    return feats[0]


def lfr_cmvn(frontend: Any, fbanks: list[torch.Tensor]) -> tuple[torch.Tensor, torch.Tensor]:
    padded = torch.nn.utils.rnn.pad_sequence(fbanks, batch_first=True)
    feats, lens = frontend.forward_lfr_cmvn(padded, torch.tensor([len(f) for f in fbanks]))
    return feats, lens.to(torch.int32)


def target_ids(tokenizer: Any, text: str, with_itn: bool) -> list[int]:
    """[language, emotion, event, ITN] + text, the layout of FunASR's SenseVoiceCTCDataset."""
    norm = "<|withitn|>" if with_itn else "<|woitn|>"
    body = text if with_itn else PUNCTUATION.sub("", text)
    prompt = [tokenizer.piece_to_id(p) for p in ("<|zh|>", "<|NEUTRAL|>", "<|Speech|>", norm)]
    return prompt + tokenizer.encode(body)


def collate(
    batch: list[Sample], tokenizer: Any, frontend: Any, rng: random.Random, noise: np.random.Generator,
    augment_prob: float, background: Backgrounds,
) -> dict[str, torch.Tensor]:
    """Fresh augmentation each time a sample is drawn (a fixed augmented copy is memorised, not
    generalised from), and a random 0-50 ms start shift: a VAD cuts speech at any 10 ms phase of
    the 60 ms LFR frames, and a model that saw one phase only fails on the others."""
    fbanks = [
        augment(rng.choice(s.fbanks[1:]), noise, background) if rng.random() < augment_prob else s.fbank
        for s in batch
    ]
    feats, feat_lens = lfr_cmvn(frontend, [f[rng.randrange(6) :] for f in fbanks])
    targets = [target_ids(tokenizer, s.text, rng.random() < 0.5) for s in batch]
    text = torch.full((len(batch), max(map(len, targets))), -1, dtype=torch.long)
    for row, ids in enumerate(targets):
        text[row, : len(ids)] = torch.tensor(ids)
    text_lens = torch.tensor([len(t) for t in targets], dtype=torch.int32)
    return {"speech": feats, "speech_lengths": feat_lens, "text": text, "text_lengths": text_lens}


def greedy_decode(
    model: torch.nn.Module, tokenizer: Any, frontend: Any, batch: list[Sample], with_itn: bool
) -> list[str]:
    """CTC greedy search as sherpa-onnx does it: collapse, drop blanks, skip the 4 tag frames."""
    from tingxie.training_tools.onnx_graph import torch_logits

    feats, lens = lfr_cmvn(frontend, [s.fbank for s in batch])
    n = len(batch)
    language = torch.full((n,), EMBED_LANGUAGE["zh"], dtype=torch.int32)
    norm = torch.full((n,), EMBED_TEXT_NORM["withitn" if with_itn else "woitn"], dtype=torch.int32)
    logits = torch_logits(model, feats, lens, language, norm)
    texts = []
    for row, length in enumerate(lens.tolist()):
        ids = torch.unique_consecutive(logits[row, : length + 4].argmax(-1)).tolist()
        ids = [i for i in ids if i != 0]
        texts.append(tokenizer.decode(ids[4:]))
    return texts


def training_cer(model: torch.nn.Module, tokenizer: Any, frontend: Any, samples: list[Sample]) -> float:
    from tingxie.training_tools.metrics import cer

    clean = samples
    hyps = []
    for start in range(0, len(clean), 32):
        hyps += greedy_decode(model, tokenizer, frontend, clean[start : start + 32], with_itn=True)
    return cer([s.text for s in clean], hyps, normalize=False)  # punctuation must be learned too


def train(
    model: torch.nn.Module, tokenizer: Any, frontend: Any, samples: list[Sample], config: TrainConfig,
    log: Log = print,
) -> TrainResult:
    """Train until the clean training utterances are recognised (target_cer) or max_epochs."""
    torch.manual_seed(config.seed)
    rng = random.Random(config.seed)
    noise = np.random.default_rng(config.seed)
    background = backgrounds(frontend, config.seed)
    optimizer = torch.optim.AdamW(model.parameters(), lr=config.lr, weight_decay=0.01)
    steps_per_epoch = math.ceil(len(samples) / config.batch_size)
    warmup = config.warmup_steps
    schedule = torch.optim.lr_scheduler.LambdaLR(  # FunASR's warmuplr (Noam) shape
        optimizer, lambda step: min((step + 1) / warmup, (warmup / (step + 1)) ** 0.5)
    )
    order = sorted(range(len(samples)), key=lambda i: len(samples[i].fbank))
    batches = [order[i : i + config.batch_size] for i in range(0, len(order), config.batch_size)]
    started = time.monotonic()
    error = 1.0
    for epoch in range(1, config.max_epochs + 1):
        model.train()
        rng.shuffle(batches)
        total = 0.0
        for indices in batches:
            batch = collate([samples[i] for i in indices], tokenizer, frontend, rng, noise, config.augment_prob, background)
            loss, _, _ = model(**batch)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
            schedule.step()
            total += float(loss)
        if epoch % config.eval_every == 0 or epoch == config.max_epochs:
            model.eval()
            error = training_cer(model, tokenizer, frontend, samples)
            log(
                f"epoch {epoch}: loss {total / steps_per_epoch:.3f}, training CER {error:.2%}, "
                f"{time.monotonic() - started:.0f} s"
            )
            if error <= config.target_cer and epoch >= config.min_epochs:
                break
    model.eval()
    return TrainResult(epoch, error, time.monotonic() - started)
