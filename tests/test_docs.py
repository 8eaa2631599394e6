"""The README is part of the interface: every command is documented there and has help text."""

from __future__ import annotations

import re

import pytest
import typer.main

from conftest import ROOT
from quotes.cli import app

README = (ROOT / "README.md").read_text(encoding="utf-8")


def all_commands(group, prefix=""):
    """("speakers merge", command) for every command, those of sub-groups too."""
    for name, command in sorted(group.commands.items()):
        yield f"{prefix}{name}", command
        if hasattr(command, "commands"):
            yield from all_commands(command, f"{prefix}{name} ")


COMMANDS = dict(all_commands(typer.main.get_command(app)))


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_every_command_is_in_the_readme_with_help(name):
    command = COMMANDS[name]
    assert command.help and "Example: quotes" in command.help
    assert re.search(rf"^quotes {name}\b", README, re.MULTILINE), f"README has no example of `quotes {name}`"


def test_ci_runs_the_readme_test_command():
    test_command = next(line for line in README.splitlines() if "pytest" in line and not line.startswith("#"))
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_quick_start_is_two_commands():
    quick_start = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", quick_start, re.DOTALL)
    assert [len(b.strip().splitlines()) for b in blocks] == [1, 1]
    assert "quotes ingest seeds" in blocks[0] and "pytest" in blocks[1]
