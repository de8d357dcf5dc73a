"""`python -m flows` is the `newstables` command."""

from flows.cli import main

main()
