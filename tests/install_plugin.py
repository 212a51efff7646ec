"""Install a plugin project into a new virtual environment that sees this one's packages.

Run as ``python tests/install_plugin.py TARGET PROJECT``; prints the new environment's
Python. Used by the tests that install a plugin the way a user would.

Why not ``venv.create(system_site_packages=True)``: that exposes the *base* interpreter's
packages, not the active virtual environment's, so newsparse and the build backend would be
found only on machines whose base Python happens to have them. Instead a ``.pth`` file adds
this interpreter's site-packages (with their own ``.pth`` files, so editable installs work)
to the new environment. The plugin is then built without isolation by the build backend
installed here (hatchling, from the ``test`` extra), so nothing is downloaded.
"""

from __future__ import annotations

import site
import subprocess
import sys
import venv
from pathlib import Path


def install(target: Path, project: str) -> Path:
    """Create ``target``, install ``project`` into it and return its Python."""
    venv.create(target, with_pip=False)
    python = target / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    # addsitedir, not a bare path line: it also runs the .pth files found there.
    lines = [f"import site; site.addsitedir({folder!r})\n" for folder in site.getsitepackages()]
    (Path(purelib) / "_outer_environment.pth").write_text("".join(lines), encoding="utf-8")
    # This Python's pip installs into the new environment (``pip --python``), which spares
    # installing pip there.
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps",
         "--no-build-isolation", "--disable-pip-version-check", project],
        check=True,
    )
    return python


if __name__ == "__main__":
    print(install(Path(sys.argv[1]), sys.argv[2]))
