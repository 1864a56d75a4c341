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

from tingxie.training_tools.special_tokens import EMBED_LANGUAGE, EMBED_TEXT_NORM, prompt_maps

Log = Callable[[str], None]
PUNCTUATION = re.compile(r"[，。？！、；：]")


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
    max_epochs: int = 120
    eval_every: int = 3
    target_cer: float = 0.003
    augmented_copies: int = 1
    seed: int = 20241124


@dataclass(frozen=True)
class TrainResult:
    epochs: int
    cer: float  # on the clean training utterances, punctuation counted
    seconds: float


@dataclass
class Sample:
    fbank: torch.Tensor  # (T, 80) at 10 ms; LFR + CMVN are applied per batch
    text: str
    augmented: bool


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


def augment(audio: np.ndarray, rng: np.random.Generator, rate: int) -> np.ndarray:
    """Silence around the speech, a different level and a little noise: what a VAD cut, a
    quiet microphone or a lossy file do to the same sentence."""
    lead = np.zeros(int(rng.uniform(0.05, 0.6) * rate), dtype=np.float32)
    tail = np.zeros(int(rng.uniform(0.05, 0.6) * rate), dtype=np.float32)
    audio = np.concatenate([lead, audio * rng.uniform(0.25, 1.0), tail])
    noise_level = 10 ** (rng.uniform(-75, -45) / 20)
    return (audio + rng.normal(0.0, noise_level, audio.shape)).astype(np.float32)


def make_samples(utterances: list[Any], frontend: Any, config: TrainConfig) -> list[Sample]:
    import soundfile as sf

    rng = np.random.default_rng(config.seed)
    samples = []
    for utt in utterances:
        audio, rate = sf.read(utt.wav, dtype="float32")
        samples.append(Sample(fbank(frontend, audio), utt.text, False))
        for _ in range(config.augmented_copies):
            samples.append(Sample(fbank(frontend, augment(audio, rng, rate)), utt.text, True))
    return samples


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


def collate(batch: list[Sample], tokenizer: Any, frontend: Any, rng: random.Random) -> dict[str, torch.Tensor]:
    """A random 0-50 ms start shift per sample: a VAD cuts speech at any 10 ms phase of the
    60 ms LFR frames, and a model that saw one phase only fails on the others."""
    feats, feat_lens = lfr_cmvn(frontend, [s.fbank[rng.randrange(6) :] for s in batch])
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

    clean = [s for s in samples if not s.augmented]
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
            batch = collate([samples[i] for i in indices], tokenizer, frontend, rng)
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
            if error <= config.target_cer:
                break
    model.eval()
    return TrainResult(epoch, error, time.monotonic() - started)
