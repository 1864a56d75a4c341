"""The training CLI stays usable where torch and FunASR are not installed."""

from tests.helpers import run_cli


def test_help_imports_no_heavy_module():
    code = (
        "import sys; from tingxie.training_tools.cli import build_parser; build_parser().format_help();"
        "heavy = {'torch', 'funasr', 'onnxruntime'} & set(sys.modules); assert not heavy, heavy"
    )
    result = run_cli("-c", code)
    assert result.returncode == 0, result.stderr


def test_help_lists_the_verbs():
    result = run_cli("-m", "tingxie.training_tools", "--help")
    assert result.returncode == 0
    for verb in ("export", "verify", "demo-model"):
        assert verb in result.stdout
