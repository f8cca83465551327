"""Command line: ``python -m aurora_widgets.archive build DIR [--force]`` / ``serve --root DIR --port P``.

``build`` writes the sample archive into DIR (skipped when it is already current, unless
``--force``). ``serve`` builds first when DIR is empty or stale, then runs the loopback server
until SIGINT/SIGTERM; files it makes on request are kept in ``DIR/cache``, at most ``--cache-mb``.
The same entry point is installed as the ``aurora-archive`` script.

Example:
    >>> main(["build", "/tmp/aurora-archive-doctest", "--no-shared-data"])   # doctest: +SKIP
    built /tmp/aurora-archive-doctest: 57 files, 48.1 MB in 6.2 s
    0

"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .build import BuildReport, archive_is_current, build_archive

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="aurora-archive", description="Build or serve the offline sample archive."
    )
    sub = parser.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build the archive into DIR")
    b.add_argument("root", metavar="DIR", type=Path)
    b.add_argument("--force", action="store_true", help="rebuild even if the archive is current")
    b.add_argument(
        "--shared-data",
        type=Path,
        default=None,
        help="folder with the real sample files (default: ../shared/data/ucalgary if present)",
    )
    b.add_argument("--no-shared-data", action="store_true", help="build without the real sample files")

    s = sub.add_parser("serve", help="serve the archive (building it first if needed)")
    s.add_argument("--root", required=True, type=Path, metavar="DIR")
    s.add_argument("--port", required=True, type=int)
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--shared-data", type=Path, default=None)
    s.add_argument("--no-shared-data", action="store_true")
    s.add_argument("--no-build", action="store_true", help="serve DIR as it is")
    s.add_argument("--cache-mb", type=int, default=400,
                   help="bound of the files made on request, kept in DIR/cache (default 400 MB)")  # fmt: skip
    return parser


def _shared_kwargs(args: argparse.Namespace) -> dict[str, object]:
    if args.no_shared_data:
        return {"shared_data": None}
    if args.shared_data is not None:
        return {"shared_data": args.shared_data}
    return {}


def _describe(report: BuildReport) -> str:
    verb = "archive current" if report.skipped else "built"
    return (
        f"{verb} {report.root}: {len(report.files)} files, {report.total_bytes / 1e6:.1f} MB "
        f"in {report.seconds:.1f} s"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status.

    Example:
        >>> main(["build", "--help"])                # doctest: +SKIP

    """
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            report = build_archive(args.root, force=args.force, **_shared_kwargs(args))
            print(_describe(report), flush=True)
            return 0
        if not args.no_build and not archive_is_current(args.root, **_shared_kwargs(args)):
            print(_describe(build_archive(args.root, **_shared_kwargs(args))), flush=True)
        try:
            from .server import serve  # lazy: the server module is only needed here
        except ImportError as exc:
            print(f"aurora-archive: cannot start the server ({exc})", file=sys.stderr)
            return 1

        serve(args.root, args.port, host=args.host, cache_bytes=args.cache_mb * 1_000_000)
        return 0
    except FileNotFoundError as exc:
        print(f"aurora-archive: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
