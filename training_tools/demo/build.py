"""`demo-model`: build Tingxie's demo model from scratch, the way a user's model is exported.

Tokenizer from the Common Voice zh-TW sentences -> espeak-ng speech of the demo sentences ->
a short training run of a tiny SenseVoiceSmall -> a FunASR checkpoint folder -> the project's
own export. ``full_size_random`` instead gives the official architecture with random weights,
for benchmarks of memory and speed.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tingxie.training_tools.checkpoint import write_checkpoint
from tingxie.training_tools.demo.corpus import read_corpus, read_demo_sentences, training_data_dir
from tingxie.training_tools.demo.recipes import DEFAULT_RECIPE, RecipeName
from tingxie.training_tools.demo.speech import SAMPLE_VOICES, UNSEEN_VOICES, VOICES, Voice, synthesize_corpus
from tingxie.training_tools.demo.tokenizer import train_tokenizer, upstream_layout_tokenizer
from tingxie.training_tools.demo.train import TrainConfig
from tingxie.training_tools.export import ExportedFiles, ExportOptions, export_checkpoint

Log = Callable[[str], None]
TOKENIZER_NAME = "zh-tw-demo.bpe.model"
UPSTREAM_TOKENIZER_NAME = "chn_jpn_yue_eng_ko_spectok.bpe.model"
DEMO_VOCAB_SIZE = 4000
CHECKPOINT_DIR = "checkpoint"


def official_config(data_dir: Path) -> dict[str, Any]:
    import yaml

    path = data_dir / "sensevoice-small" / "config.yaml"
    if not path.is_file():
        raise FileNotFoundError(f"{path} not found: the official SenseVoiceSmall config.yaml is needed.")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@dataclass(frozen=True)
class Recipe:
    """Which voices the demo model hears and how long it trains."""

    voices: tuple[Voice, ...]
    config: TrainConfig


RECIPES: dict[RecipeName, Recipe] = {
    # The committed model: ten voices, fresh silence/level/noise on 75 % of each batch, so that it
    # gives the exact sentence after a VAD cut, a codec and in voices it never heard (about 30 min
    # on 2 cores).
    RecipeName.FULL: Recipe(VOICES, TrainConfig()),
    # The same code on the three sample voices with a light augmentation: proves in CI, in a few
    # minutes, that the recipe still trains and exports a model that knows its sentences.
    RecipeName.QUICK: Recipe(
        SAMPLE_VOICES, TrainConfig(min_epochs=0, augment_prob=0.1, speeds=(1.0,), target_cer=0.01)
    ),
}
def build_demo_model(
    out: Path,
    work_dir: Path | None = None,
    data_dir: Path | None = None,
    recipe: Recipe = RECIPES[DEFAULT_RECIPE],
    log: Log = print,
) -> ExportedFiles:
    import torch

    from tingxie.training_tools.demo.train import build_model, encoder_conf, make_samples, train
    from tingxie.training_tools.features import build_frontend

    data_dir = data_dir or training_data_dir()
    out = Path(out)
    started = time.monotonic()
    config, voices = recipe.config, recipe.voices
    torch.manual_seed(config.seed)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(work_dir) if work_dir else Path(tmp)
        log("Training the tokenizer on the Common Voice zh-TW sentences")
        bpe = train_tokenizer(read_corpus(data_dir), work / TOKENIZER_NAME, DEMO_VOCAB_SIZE)
        tokenizer = _sentencepiece(bpe)
        sentences = read_demo_sentences()
        log(f"Synthesizing {len(sentences)} sentences in {len(voices)} voices with espeak-ng")
        utterances = synthesize_corpus(sentences, work / "speech", voices)
        model_config = official_config(data_dir)
        model_config.pop("specaug", None)  # not used by this training run
        model_config.pop("specaug_conf", None)
        model_config["encoder_conf"] = encoder_conf(model_config["encoder_conf"], config)
        cmvn = data_dir / "sensevoice-small" / "am.mvn"
        frontend = build_frontend(model_config["frontend_conf"], cmvn)
        samples = make_samples(utterances, frontend, config.speeds)
        model = build_model(model_config, tokenizer.get_piece_size(), tokenizer)
        log(f"Training a {sum(p.numel() for p in model.parameters()) / 1e6:.1f} M-parameter SenseVoiceSmall")
        result = train(model, tokenizer, frontend, samples, config, log)
        if result.cer > 0.02:
            raise RuntimeError(
                f"Training stopped at {result.cer:.1%} CER on its own sentences; "
                "raise --max-epochs and run again."
            )
        write_checkpoint(out / CHECKPOINT_DIR, model.state_dict(), model_config, cmvn, bpe)
    files = export_checkpoint(out / CHECKPOINT_DIR, out, ExportOptions(), log)
    write_model_card(out, files, result, len(sentences), sum(p.numel() for p in model.parameters()), recipe)
    log(f"Demo model built in {time.monotonic() - started:.0f} s: {out}")
    return files


def write_model_card(out: Path, files: ExportedFiles, result: Any, sentences: int, params: int, recipe: Recipe) -> Path:
    assert files.fp32 is not None and files.int8 is not None  # the demo export writes both
    card = MODEL_CARD.format(
        sentences=sentences,
        voices=len(recipe.voices),
        unseen=", ".join(f"+{v.variant}" for v in UNSEEN_VOICES),
        augmented=recipe.config.augment_prob,
        utterances=sentences * len(recipe.voices),
        params=params / 1e6,
        epochs=result.epochs,
        cer=result.cer,
        fp32_mb=files.fp32.stat().st_size / 1e6,
        int8_mb=files.int8.stat().st_size / 1e6,
    )
    path = out / "MODEL_CARD.md"
    path.write_text(card, encoding="utf-8")
    return path


MODEL_CARD = """# Tingxie demo model (tingxie-demo)

A **tiny** SenseVoiceSmall-architecture model built by Tingxie itself. It knows only its
{sentences} training sentences (assets/demo/sentences.txt, from the CC0 Common Voice zh-TW
corpus) as spoken by espeak-ng's `cmn-latn-pinyin` voice in {voices} variants. Trained with random
silence, level and noise, it also gets them right in variants it never heard ({unseen}), after
the VAD's cut with its pre-roll and through MP3 or M4A (tests/test_demo_exact.py demands every
character of those). It is there so the app, the CLI and every test run real sherpa-onnx
recognition end to end without downloading anything; it will not recognise your own speech. Use a real SenseVoice model for that.

| | |
|---|---|
| Architecture | FunASR SenseVoiceSmall: SenseVoiceEncoderSmall, 128 dims, 3 + 1 tp blocks, {params:.1f} M parameters |
| Tokenizer | SentencePiece unigram, 4,000 pieces, trained on all Common Voice zh-TW sentences, the 25 SenseVoice tags as user-defined symbols |
| Features | official SenseVoiceSmall frontend: 80 fbank, LFR 7/6, the official am.mvn |
| Training | {utterances} utterances; {augmented:.0%} of each batch drawn afresh with 0-1 s of silence on either side, -20..0 dB of level, 0.9-1.1 speed and a little noise; {epochs} epochs on CPU |
| Result | {cer:.2%} CER on the training utterances, punctuation counted (PyTorch, greedy CTC) |
| Files | model.onnx ({fp32_mb:.1f} MB, FP32), model.int8.onnx ({int8_mb:.1f} MB, QInt8 7-bit MatMul weights), tokens.txt, checkpoint/ (the FunASR checkpoint they were exported from) |

Rebuild it (the full recipe takes about 30 minutes on 2 CPU cores; `--recipe quick` trains on the three
sample voices in a few minutes, as CI does; needs `pip install -e '.[train]'` and espeak-ng):

    python -m tingxie.training_tools demo-model --out assets/models/tingxie-demo
    python -m tingxie.training_tools verify assets/models/tingxie-demo

The export is the same `training_tools export` a finetuned SenseVoiceSmall checkpoint goes through.
"""


def build_random_upstream(
    out: Path, shape: TrainConfig | None = None, data_dir: Path | None = None, log: Log = print
) -> ExportedFiles:
    """Random weights on the official 25,055-token layout (specials at FunASR's ids).

    ``shape`` None keeps the official SenseVoiceSmall encoder (512 dims, 50 + 20 blocks),
    for benchmarks; a small shape gives a quick checkpoint for export tests.
    """
    import torch

    from tingxie.training_tools.demo.train import build_model, encoder_conf

    data_dir = data_dir or training_data_dir()
    out = Path(out)
    torch.manual_seed(20240717)
    with tempfile.TemporaryDirectory() as tmp:
        base = train_tokenizer(read_corpus(data_dir), Path(tmp) / "base.model", DEMO_VOCAB_SIZE)
        bpe = upstream_layout_tokenizer(base, Path(tmp) / UPSTREAM_TOKENIZER_NAME)
        tokenizer = _sentencepiece(bpe)
        model_config = official_config(data_dir)
        if shape is not None:
            model_config["encoder_conf"] = encoder_conf(model_config["encoder_conf"], shape)
        model = build_model(model_config, tokenizer.get_piece_size(), tokenizer)
        log(f"Random SenseVoiceSmall: {sum(p.numel() for p in model.parameters()) / 1e6:.0f} M parameters")
        write_checkpoint(
            out / CHECKPOINT_DIR, model.state_dict(), model_config,
            data_dir / "sensevoice-small" / "am.mvn", bpe,
        )
    return export_checkpoint(out / CHECKPOINT_DIR, out, ExportOptions(), log)


def _sentencepiece(path: Path) -> Any:
    import sentencepiece as spm

    return spm.SentencePieceProcessor(model_file=str(path))
