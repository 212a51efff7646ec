"""Build hook: compile newsparse's page walk with Cython, where the machine can.

:mod:`newsparse.loaders.walk` runs for every element and piece of text of every HTML page,
and as plain Python it is about a quarter of newsparse's time on a page. Cython compiles it
unchanged into ``newsparse.loaders._walk``, which the HTML loader uses while it matches
``walk.py`` (the build records the source's SHA-256 in it). Nothing else changes: the same
source is the pure-Python fallback.

A machine without Cython or a C compiler still installs newsparse: the build warns and the
wheel stays pure Python. ``NEWSPARSE_PURE_PYTHON=1`` at build time skips the compilation.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SOURCE = Path("newsparse", "loaders", "walk.py")
MODULE = "newsparse.loaders._walk"
# The source is plain Python whose annotations are documentation: Cython must not turn
# them into type checks.
DIRECTIVES = {"language_level": 3, "annotation_typing": False, "binding": True}


class CompiledWalkHook(BuildHookInterface):
    """Adds the compiled walk to wheels (and, for editable installs, beside its source)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or os.environ.get("NEWSPARSE_PURE_PYTHON"):
            return
        self._work = Path(tempfile.mkdtemp(prefix="newsparse-walk-"))
        try:
            built = compile_walk(Path(self.root), self._work)
        except Exception as error:  # noqa: BLE001 - any failure leaves the pure-Python walk
            self.app.display_warning(
                f"newsparse: the compiled walk was not built ({type(error).__name__}: {error});"
                " the pure-Python walk will be used"
            )
            return
        target = SOURCE.with_name(built.name)
        if version == "editable":
            # Editable installs import from the source tree: the build goes beside walk.py.
            shutil.copy2(built, Path(self.root, target))
        else:
            build_data["force_include"][str(built)] = target.as_posix()
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        work = getattr(self, "_work", None)
        if work is not None:
            shutil.rmtree(work, ignore_errors=True)


def compile_walk(root: Path, work: Path) -> Path:
    """Compile ``walk.py`` under ``root`` as :data:`MODULE` in ``work``; return the module file."""
    from Cython.Build import cythonize
    from setuptools import Distribution, Extension

    source = (root / SOURCE).read_bytes()
    twin = work / "_walk.py"
    twin.write_bytes(source + f'\n\nSOURCE_DIGEST = "{hashlib.sha256(source).hexdigest()}"\n'.encode())
    # No debugging symbols: they would be four fifths of the module's size.
    flags = ["-g0"] if os.name == "posix" else []
    extensions = cythonize(
        [Extension(MODULE, [str(twin)], extra_compile_args=flags)], compiler_directives=DIRECTIVES,
        build_dir=str(work / "c"), quiet=True,
    )
    distribution = Distribution({"name": "newsparse-walk", "ext_modules": extensions})
    command = distribution.get_command_obj("build_ext")
    command.build_lib = str(work / "lib")
    command.build_temp = str(work / "tmp")
    command.ensure_finalized()
    command.run()
    [built] = command.get_outputs()
    return Path(built)


if __name__ == "__main__":
    # Rebuild the compiled walk in place after editing walk.py: python hatch_build.py
    root = Path(__file__).resolve().parent
    work = Path(tempfile.mkdtemp(prefix="newsparse-walk-"))
    try:
        built = compile_walk(root, work)
        shutil.copy2(built, root / SOURCE.with_name(built.name))
        print(f"built {SOURCE.with_name(built.name)}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(0)
