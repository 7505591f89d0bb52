"""Roles and permissions, the users file with bcrypt hashes, and the `screener users` command."""
from __future__ import annotations

import io
import stat
from pathlib import Path

import pytest

from screener.access import (PERMISSIONS, ROLES, User, UserRecord, hash_password, load_users, local_user, oidc_user,
                             save_users, verify_password)
from screener.commands.main import main
from screener.errors import InputError


def test_roles_grant_growing_permissions() -> None:
    assert ROLES == ("viewer", "reviewer", "data officer", "admin")
    for lower, higher in zip(ROLES, ROLES[1:]):
        assert PERMISSIONS[lower] < PERMISSIONS[higher]
    viewer, reviewer, officer = (User("u", "U", r, "password") for r in ROLES[:3])
    assert not viewer.can("decide") and not viewer.can("view_raw")
    assert reviewer.can("decide") and reviewer.can("edit_plans") and not reviewer.can("view_raw")
    assert officer.can("view_raw") and not officer.can("manage_users")
    assert local_user().can("manage_users") and local_user().method == "local"


def test_passwords_are_hashed_checked_and_kept_private(tmp_path: Path) -> None:
    path = tmp_path / "users.yaml"
    save_users(path, {"ana": UserRecord("ana", "Ana Silva", "reviewer", hash_password("correct horse battery"))},
               {"Boss@Example.org": "admin"})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "correct horse" not in path.read_text()
    users, oidc = load_users(path)
    assert verify_password(users, "ana", "correct horse battery") == User("ana", "Ana Silva", "reviewer", "password")
    assert verify_password(users, "ana", "wrong password") is None
    assert verify_password(users, "nobody", "correct horse battery") is None
    assert oidc_user("boss@example.org", "Boss", oidc).role == "admin"
    assert oidc_user("someone@else.org", "", oidc) == User("someone@else.org", "someone@else.org", "viewer", "oidc")
    with pytest.raises(ValueError, match="at least"):
        hash_password("short")


def test_bad_users_files_name_the_problem(tmp_path: Path) -> None:
    bad = tmp_path / "users.yaml"
    bad.write_text("users:\n- username: x\n  password_hash: h\n  role: superuser\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown role 'superuser'"):
        load_users(bad)
    bad.write_text("users:\n- name: no username\n", encoding="utf-8")
    with pytest.raises(InputError, match="needs a username"):
        load_users(bad)
    assert load_users(tmp_path / "missing.yaml") == ({}, {})


def test_users_command_adds_changes_and_removes(tmp_path: Path, monkeypatch, capsys) -> None:
    path = tmp_path / "u.yaml"
    monkeypatch.setenv("SCREENER_USERS", str(path))
    monkeypatch.setattr("sys.stdin", io.StringIO("correct horse battery\n"))
    assert main(["users", "add", "ana", "--role", "reviewer", "--name", "Ana Silva", "--password-stdin"]) == 0
    assert main(["users", "role", "ana", "--role", "data officer"]) == 0
    users, _ = load_users(path)
    assert users["ana"].role == "data officer" and users["ana"].name == "Ana Silva"
    assert verify_password(users, "ana", "correct horse battery") is not None
    assert main(["users", "list"]) == 0
    assert "ana\tdata officer\tAna Silva" in capsys.readouterr().out
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert main(["users", "add", "bob", "--password-stdin"]) == 2
    assert main(["users", "remove", "ana"]) == 0 and load_users(path)[0] == {}
    assert main(["users", "remove", "ana"]) == 2
