"""Start the Job Classification Assistant web app with the settings from the environment.

    python app.py [--host H] [--port P] [--data-dir D] ...   # same as: python -m assistant serve ...

Every setting is a JCA_* environment variable (see docs/web.md), e.g.
JCA_PORT=8080 JCA_ADMIN_USER=hr JCA_ADMIN_PASSWORD=... python app.py
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    from assistant.cli import main as cli_main

    return cli_main(["serve", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    sys.exit(main())
