"""`python -m flows` is the `newstables` command."""

from flows.cli import main

# Worker processes started with 'spawn' import the main module again: only the real main runs the CLI.
if __name__ == "__main__":
    main()
