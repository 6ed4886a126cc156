"""Refresh the README's example query results from a warehouse built by `make demo`.

`python -m newsfacts.readme_examples WAREHOUSE` reruns every ```sql block of README.md that is
followed by a result block and writes the fresh results back, so the documented output is
always what the code produces.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from newsfacts.config import PROJECT_ROOT

EXAMPLE = re.compile(r"```sql\n(?P<sql>.*?)\n```\n```\n(?P<result>.*?)\n```", re.DOTALL)


def refresh(readme: Path, warehouse: Path) -> int:
    """Rewrite every example result; return how many were refreshed."""
    from newsfacts.cli import _format_rows
    from newsfacts.publish import connect_read_only

    text = readme.read_text(encoding="utf-8")
    count = 0
    with connect_read_only(warehouse) as con:

        def run(match: re.Match) -> str:
            nonlocal count
            result = con.execute(match["sql"])
            rows = result.fetchall()
            table = _format_rows([d[0] for d in result.description], rows)
            count += 1
            trimmed = "\n".join(line.rstrip() for line in table.splitlines())
            return f"```sql\n{match['sql']}\n```\n```\n{trimmed}\n```"

        text = EXAMPLE.sub(run, text)
    readme.write_text(text, encoding="utf-8")
    return count


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    warehouse = Path(args[0]) if args else PROJECT_ROOT / "data" / "warehouse" / "newsfacts.duckdb"
    print(f"refreshed {refresh(PROJECT_ROOT / 'README.md', warehouse)} examples from {warehouse}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
