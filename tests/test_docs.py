"""The README keeps up with the code: every setting is documented, every CLI command is named."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from assistant.frontends.cli import cli
from assistant.settings import Settings
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_every_setting_is_in_the_readme_settings_table(field: str) -> None:
    env = f"ASSISTANT_{field.upper()}"
    row = re.search(rf"^\|\s*`{env}`\s*\|.*\|$", README, re.MULTILINE)
    assert row, f"README's settings table has no row for {env}"
    description = Settings.model_fields[field].description
    assert description, f"Settings.{field} has no description"


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_cli_command_is_in_the_readme(command: str) -> None:
    assert f"assistant {command}" in README, f"README does not name `assistant {command}`"


def test_setting_options_take_help_and_env_var_from_the_settings_field() -> None:
    result = CliRunner().invoke(cli, ["index", "--help"])
    assert result.exit_code == 0
    assert Settings.model_fields["index_dir"].description.split()[0] in result.output
    assert "--documents" in result.output and "--index-dir" in result.output


def test_a_setting_option_overrides_the_environment(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("ASSISTANT_DOCUMENTS_DIR", str(tmp_path / "from-env"))
    result = CliRunner().invoke(cli, ["data", "check", "--documents", str(tmp_path / "from-flag")])
    assert "from-flag" in result.output and "from-env" not in result.output
