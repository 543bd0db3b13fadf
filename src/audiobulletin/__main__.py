"""`python -m audiobulletin` runs the same CLI as the `audiobulletin` command."""

from audiobulletin.cli import main

if __name__ == "__main__":
    main()
