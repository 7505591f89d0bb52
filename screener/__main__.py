"""``python -m screener``: the same as the ``screener`` command."""
import sys

from screener.commands.main import main

sys.exit(main())
