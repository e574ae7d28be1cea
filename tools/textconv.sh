#!/bin/sh
# The textconv command of zvit's git diff driver for built forms (.gitconfig-zvit),
# and of a report's when asked for (`git -c diff.zvit-report.textconv="sh
# tools/textconv.sh" diff`): the file as text, by zvit from the repository's own
# environment.  Git runs it from the repository's root with the file to convert.
# It looks for the environment where `make` makes it (.venv/bin) and where Windows
# keeps it (.venv/Scripts); with none yet, it passes the file through as it is, so
# that `git diff` shows the plain YAML rather than failing.
for python in .venv/bin/python .venv/Scripts/python.exe; do
    if [ -x "$python" ]; then
        PYTHONPATH=tools exec "$python" -m zvit textconv "$1"
    fi
done
exec cat "$1"
