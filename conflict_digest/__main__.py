"""`python -m conflict_digest ...` runs the `digest` command line."""
from .cli import main

if __name__ == "__main__":
    main()
